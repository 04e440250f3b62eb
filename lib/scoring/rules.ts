// The scoring rules, in one place, as the Methodology page states them. A rule belongs to a model
// version: assessments keep the rule of the version they were taken on.

/** Levels run from 1 (Reactive) to 5 (Customer-centric). */
export const MIN_LEVEL = 1;
export const MAX_LEVEL = 5;

export type LevelRank = 1 | 2 | 3 | 4 | 5;

/** A discipline (or overall) result as tables and heatmaps show it: a score and its level, or neither. */
export type Cell = { score: number | null; level: LevelRank | null };

/**
 * How answers become levels. GSA: "each level requires the full realization of the levels below it".
 */
export type ScoringRule = {
  /** A level counts as realized when at least this share of the answered practices sit at it or above. */
  realizationShare: number;
  /**
   * When set, level L also needs every answered practice at L − maxLevelsBelow or above, so one
   * weak practice cannot hide behind the share. Null: no such floor (version 1).
   */
  maxLevelsBelow: number | null;
  /** A discipline is scored only when at least this many practices are answered with a level… */
  minAnsweredPractices: number;
  /** …and they are at least this share of its practices ("not applicable" counts against it). */
  minAnsweredShare: number;
  /**
   * "realized-share": the highest level realized (by the same share and floor) by the scored
   * disciplines. "lowest-discipline": the lowest scored discipline's level.
   */
  overallLevel: "realized-share" | "lowest-discipline";
  /** When true, there is no overall score or level until every discipline is scored. */
  overallNeedsEveryDiscipline: boolean;
  /** When true, a practice marked "not applicable" needs a reason before the assessment is submitted. */
  notApplicableNeedsReason: boolean;
};

/** Version 1's rule, kept for the assessments taken on it. */
export const RULE_V1: ScoringRule = {
  realizationShare: 0.8,
  maxLevelsBelow: null,
  minAnsweredPractices: 2,
  minAnsweredShare: 0.5,
  overallLevel: "realized-share",
  overallNeedsEveryDiscipline: false,
  notApplicableNeedsReason: false,
};

/** Version 2's rule: no practice more than one level below, and the overall level is the weakest discipline's. */
export const RULE_V2: ScoringRule = {
  realizationShare: 0.8,
  maxLevelsBelow: 1,
  minAnsweredPractices: 2,
  minAnsweredShare: 0.5,
  overallLevel: "lowest-discipline",
  overallNeedsEveryDiscipline: true,
  notApplicableNeedsReason: true,
};

export function isLevel(value: unknown): value is LevelRank {
  return value === 1 || value === 2 || value === 3 || value === 4 || value === 5;
}

/** Scores are shown with one decimal. */
export function roundScore(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * The highest level L such that at least `realizationShare` of the values are ≥ L and, when the
 * rule has a floor, none is below L − maxLevelsBelow. `values` must be non-empty levels 1–5.
 */
export function attainedLevel(values: readonly number[], rule: ScoringRule): LevelRank {
  const lowest = Math.min(...values);
  let attained: LevelRank = 1;
  for (let level = 2; level <= MAX_LEVEL; level++) {
    const atOrAbove = values.filter((v) => v >= level).length;
    const shareMet = atOrAbove / values.length >= rule.realizationShare - 1e-9;
    const floorMet = rule.maxLevelsBelow === null || lowest >= level - rule.maxLevelsBelow;
    if (shareMet && floorMet) attained = level as LevelRank;
    else break;
  }
  return attained;
}
