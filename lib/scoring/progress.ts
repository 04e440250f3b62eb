// Progress over time: scores per discipline across cycles, change since the baseline and since the
// previous assessment, and an agency's mean. Pure functions; a cycle without an accepted assessment
// is a gap (null), never a zero.
import { roundScore, type Cell } from "./rules";

export type { Cell };
/** One cycle of one program: its accepted assessment's cells per discipline, or null when none. */
export type CyclePoint = { cycle: string; cells: Record<string, Cell> | null };

export type Change = { sinceBaseline: number | null; sincePrevious: number | null };
export type Direction = "up" | "same" | "down";

/** Score change of one discipline: latest vs the first (baseline) and vs the one before the latest. */
export function changeOf(points: readonly CyclePoint[], key: string): Change {
  const scores = points.map((p) => p.cells?.[key]?.score ?? null).filter((s): s is number => s !== null);
  const latest = scores.at(-1);
  if (latest === undefined || scores.length < 2) return { sinceBaseline: null, sincePrevious: null };
  return { sinceBaseline: roundScore(latest - scores[0]!), sincePrevious: roundScore(latest - scores.at(-2)!) };
}

/** Words, not colour: a change of under 0.1 is "same". */
export function directionOf(delta: number | null): Direction | null {
  if (delta === null) return null;
  return delta >= 0.1 ? "up" : delta <= -0.1 ? "down" : "same";
}

/** The first and the latest points that hold an accepted assessment. */
export function baselineAndLatest(points: readonly CyclePoint[]) {
  const assessed = points.filter((p) => p.cells !== null);
  return { baseline: assessed[0] ?? null, latest: assessed.at(-1) ?? null };
}

/**
 * The agency's mean per cycle and discipline over the programs assessed that cycle. A cycle where no
 * program was assessed is null for every discipline.
 */
export function agencyMean(programs: readonly (readonly CyclePoint[])[], cycles: readonly string[], keys: readonly string[]): CyclePoint[] {
  return cycles.map((cycle) => {
    const cellsThisCycle = programs.map((points) => points.find((p) => p.cycle === cycle)?.cells ?? null).filter((c) => c !== null);
    if (cellsThisCycle.length === 0) return { cycle, cells: null };
    const cells: Record<string, Cell> = {};
    for (const key of keys) {
      const scores = cellsThisCycle.map((c) => c[key]?.score ?? null).filter((s): s is number => s !== null);
      cells[key] = { score: scores.length ? roundScore(scores.reduce((a, b) => a + b, 0) / scores.length) : null, level: null };
    }
    return { cycle, cells };
  });
}
