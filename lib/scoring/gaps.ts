// Gaps between where a program stands and where it aims to be. Pure functions.
import { MAX_LEVEL, type LevelRank } from "./rules";

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
