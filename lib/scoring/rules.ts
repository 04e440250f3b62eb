// The scoring rules, in one place, as the Methodology page states them.

/** Levels run from 1 (Reactive) to 5 (Customer-centric). */
export const MIN_LEVEL = 1;
export const MAX_LEVEL = 5;

/**
 * GSA: "each level requires the full realization of the levels below it". A level counts as
 * realized when at least this share of the answered practices sit at that level or above; the
 * attained level is the highest level realized.
 */
export const REALIZATION_SHARE = 0.8;

/** A discipline is scored only when at least this many practices are answered with a level… */
export const MIN_ANSWERED_PRACTICES = 2;
/** …and they are at least this share of its practices ("not applicable" counts against it). */
export const MIN_ANSWERED_SHARE = 0.5;

export type LevelRank = 1 | 2 | 3 | 4 | 5;

/** A discipline (or overall) result as tables and heatmaps show it: a score and its level, or neither. */
export type Cell = { score: number | null; level: LevelRank | null };

export function isLevel(value: unknown): value is LevelRank {
  return value === 1 || value === 2 || value === 3 || value === 4 || value === 5;
}

/** Scores are shown with one decimal. */
export function roundScore(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * The highest level L such that at least REALIZATION_SHARE of the values are ≥ L.
 * `values` must be non-empty levels 1–5.
 */
export function attainedLevel(values: readonly number[]): LevelRank {
  let attained: LevelRank = 1;
  for (let level = 2; level <= MAX_LEVEL; level++) {
    const atOrAbove = values.filter((v) => v >= level).length;
    if (atOrAbove / values.length >= REALIZATION_SHARE - 1e-9) attained = level as LevelRank;
    else break;
  }
  return attained;
}
