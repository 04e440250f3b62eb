// Programs (or one program's cycles) side by side: level per discipline, change, gaps. Pure.
import { defaultTarget, gapTo } from "./gaps";
import { isLevel, roundScore, type Cell } from "./rules";

export type CompareColumn = {
  key: string;
  overall: Cell;
  disciplines: Readonly<Record<string, Cell | undefined>>;
  /** What the change is measured from: the program's baseline, or the cycle before. */
  before: { overall: Cell; disciplines: Readonly<Record<string, Cell | undefined>> } | null;
  targets: Readonly<Record<string, number | undefined>>;
};

export type CompareCell = Cell & { change: number | null; gap: number | null };
export type CompareSummary = { belowTarget: number; levelsShort: number };

const empty: Cell = { score: null, level: null };

function compareCell(cell: Cell | undefined, before: Cell | undefined, target: number | undefined): CompareCell {
  const { score, level } = cell ?? empty;
  const change = score !== null && before?.score != null ? roundScore(score - before.score) : null;
  const goal = isLevel(target) ? target : defaultTarget(level);
  return { score, level, change, gap: level === null ? null : gapTo(level, goal) };
}

/**
 * One row per discipline (in the order given) plus the overall row, one cell per column; the overall
 * row has no target of its own. Each column's summary counts the disciplines below target and the
 * levels they are short in all.
 */
export function compareTable(disciplineKeys: readonly string[], columns: readonly CompareColumn[]) {
  const rows = disciplineKeys.map((key) => ({
    key,
    cells: columns.map((c) => compareCell(c.disciplines[key], c.before?.disciplines[key], c.targets[key])),
  }));
  const overall = columns.map((c) => ({ ...compareCell(c.overall, c.before?.overall, undefined), gap: null }));
  const summaries: CompareSummary[] = columns.map((_, i) => {
    const gaps = rows.map((r) => r.cells[i]!.gap ?? 0);
    return { belowTarget: gaps.filter((g) => g > 0).length, levelsShort: gaps.reduce((a, b) => a + b, 0) };
  });
  return { rows, overall, summaries };
}
