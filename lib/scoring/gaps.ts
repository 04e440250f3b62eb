// Gaps between where a program stands and where it aims to be. Pure functions.
import { isLevel, MAX_LEVEL, type LevelRank } from "./rules";

/** Without a target set, a program aims one level up (and stays at the top once there). */
export function defaultTarget(level: LevelRank | null): LevelRank {
  return Math.min(MAX_LEVEL, (level ?? 0) + 1) as LevelRank;
}

export type Gap = { key: string; current: LevelRank | null; target: LevelRank; gap: number };

/** Levels between current and target, never negative; an unscored current counts as below level 1. */
export function gapTo(current: LevelRank | null, target: LevelRank): number {
  return Math.max(0, target - (current ?? 0));
}

/** Gaps per discipline (or practice), largest first; ties keep the given order. */
export function rankGaps(items: readonly { key: string; current: LevelRank | null; target?: LevelRank }[]): Gap[] {
  return items
    .map((item, index) => {
      const target = item.target ?? defaultTarget(item.current);
      return { key: item.key, current: item.current, target, gap: gapTo(item.current, target), index };
    })
    .sort((a, b) => b.gap - a.gap || a.index - b.index)
    .map(({ index: _index, ...gap }) => gap);
}

/** How many practices a gap lists: enough to act on, few enough to read. */
export const PRACTICES_PER_GAP = 3;

export type PracticeGap = { key: string; title: string; level: LevelRank; gap: number };

/**
 * The practices furthest below a discipline's target, largest gap first (ties in the model's order),
 * at most PRACTICES_PER_GAP. Unanswered and "not applicable" practices have no level to close.
 */
export function practicesBelowTarget(
  practices: readonly { key: string; title: string }[],
  levelOf: (practiceKey: string) => unknown,
  target: LevelRank,
): PracticeGap[] {
  return practices
    .flatMap((p) => {
      const level = levelOf(p.key);
      return isLevel(level) ? [{ key: p.key, title: p.title, level, gap: gapTo(level, target) }] : [];
    })
    .filter((p) => p.gap > 0)
    .sort((x, y) => y.gap - x.gap)
    .slice(0, PRACTICES_PER_GAP);
}
