// How far a team's independent ratings of a practice agree, and what the facilitator must explain.
// The agreement figure is the share of practices without disagreement (see the Methodology page):
// unlike Krippendorff's alpha it is defined for two raters and a handful of practices, and it is
// undefined only when nothing was rated twice, never when everyone agrees.

/** One rating: a level from 1 to 5, or "not applicable". */
export type RatedChoice = number | "NA";

export type PracticeAgreement = {
  /** How many ratings, "not applicable" included. */
  count: number;
  /** How many rated it not applicable. */
  notApplicable: number;
  /** Median, lowest and highest of the levels given; null when nobody gave one. */
  median: number | null;
  lowest: number | null;
  highest: number | null;
  /** Ratings two levels or more apart, or some saying "not applicable" and others a level. */
  disagreement: boolean;
};

/** Levels this far apart, or more, are a disagreement. */
export const DISAGREEMENT_SPAN = 2;

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function practiceAgreement(ratings: readonly RatedChoice[]): PracticeAgreement {
  const levels = ratings.filter((r): r is number => r !== "NA");
  const notApplicable = ratings.length - levels.length;
  const lowest = levels.length ? Math.min(...levels) : null;
  const highest = levels.length ? Math.max(...levels) : null;
  const spread = lowest === null || highest === null ? 0 : highest - lowest;
  return {
    count: ratings.length,
    notApplicable,
    median: median(levels),
    lowest,
    highest,
    disagreement: spread >= DISAGREEMENT_SPAN || (notApplicable > 0 && levels.length > 0),
  };
}

/**
 * The answer the consensus form starts from: the median rounded down, or "not applicable" when most
 * ratings say so; null with no ratings.
 */
export function suggestedChoice(a: PracticeAgreement): RatedChoice | null {
  if (a.count === 0) return null;
  if (a.median === null || a.notApplicable * 2 > a.count) return "NA";
  return Math.floor(a.median);
}

/** The facilitator explains an answer that departs from the suggestion, and every disagreement settled. */
export function needsRationale(a: PracticeAgreement, chosen: RatedChoice): boolean {
  if (a.count === 0) return false;
  return a.disagreement || chosen !== suggestedChoice(a);
}

export type Agreement = {
  /** Practices rated by two people or more: the only ones that can agree or not. */
  compared: number;
  /** Of those, how many have no disagreement. */
  agreeing: number;
  /** agreeing / compared, from 0 to 1; null when nothing was rated twice. */
  share: number | null;
};

/** The agreement figure over a set of practices (a discipline, or the whole assessment). */
export function agreement(practices: readonly PracticeAgreement[]): Agreement {
  const compared = practices.filter((p) => p.count >= 2);
  const agreeing = compared.filter((p) => !p.disagreement).length;
  return { compared: compared.length, agreeing, share: compared.length ? agreeing / compared.length : null };
}

/** Most disagreement first: flagged before not, then the widest spread, then the most ratings. */
export function byDisagreement(a: PracticeAgreement, b: PracticeAgreement): number {
  const spread = (p: PracticeAgreement) => (p.lowest === null || p.highest === null ? 0 : p.highest - p.lowest);
  return Number(b.disagreement) - Number(a.disagreement) || spread(b) - spread(a) || b.notApplicable - a.notApplicable || b.count - a.count;
}

export const confidences = ["LOW", "MEDIUM", "HIGH"] as const;
export const confidenceLabels = { LOW: "Low", MEDIUM: "Medium", HIGH: "High" } as const satisfies Record<(typeof confidences)[number], string>;

/** "67 % (2 of 3)", as pages and exports say it. */
export const agreementText = (a: Agreement) => (a.share === null ? "nothing rated twice" : `${Math.round(a.share * 100)} % (${a.agreeing} of ${a.compared})`);
