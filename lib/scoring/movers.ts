// The programs whose overall score rose or fell most between two accepted assessments. Pure.

/** From and to are overall scores; fromVersion and toVersion the model versions they were assessed on. */
export type Move = { programId: string; program: string; agency: string; fromCycle: string; toCycle: string; from: number; to: number; fromVersion: number; toVersion: number };
export type Mover = Move & { change: number };

/** How many programs each list shows. */
export const MOVERS_SHOWN = 10;

/**
 * Risers (largest rise first) and fallers (largest fall first); a program that did not move is in
 * neither. Changes are rounded to the tenth shown, so a rise of 0.04 is no rise; ties go by name.
 */
export function movers(moves: readonly Move[], shown = MOVERS_SHOWN): { risers: Mover[]; fallers: Mover[] } {
  const changed = moves.map((m) => ({ ...m, change: Math.round((m.to - m.from) * 10) / 10 })).filter((m) => m.change !== 0);
  const byName = (a: Mover, b: Mover) => a.program.localeCompare(b.program) || a.agency.localeCompare(b.agency);
  return {
    risers: changed.filter((m) => m.change > 0).sort((a, b) => b.change - a.change || byName(a, b)).slice(0, shown),
    fallers: changed.filter((m) => m.change < 0).sort((a, b) => a.change - b.change || byName(a, b)).slice(0, shown),
  };
}
