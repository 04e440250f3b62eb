// The arithmetic of customer-survey results. A share of positive answers is the answers at 4 or 5
// ("agree", "strongly agree") out of all answers to the question. Several services or quarters are
// combined by adding their counts, so each is weighted by how many people answered it.
import { countsOf, DRIVERS, SCALE, type DriverKey } from "./drivers";

/** Answers at 4 or 5 out of all answers; null when nobody answered. */
export function positiveShare(counts: readonly number[]): number | null {
  const total = counts.reduce((sum, n) => sum + n, 0);
  return total === 0 ? null : ((counts[3] ?? 0) + (counts[4] ?? 0)) / total;
}

/** The counts of several quarters or services added, point by point. */
export function combineCounts(quarters: readonly (readonly number[])[]): number[] {
  const sum = Array.from({ length: DRIVERS.length * SCALE }, () => 0);
  for (const q of quarters) q.forEach((n, i) => (sum[i] = (sum[i] ?? 0) + n));
  return sum;
}

/** Each driver's share of positive answers. */
export function driverShares(answerCounts: readonly number[]): Record<DriverKey, number | null> {
  return Object.fromEntries(DRIVERS.map((d) => [d.key, positiveShare(countsOf(answerCounts, d.question))])) as Record<DriverKey, number | null>;
}

/** "62 %", or "no answers". */
export const shareText = (share: number | null) => (share === null ? "no answers" : `${Math.round(share * 100)} %`);

/** How many of the latest quarters a program's trust score covers: a year. */
export const TRUST_QUARTERS = 4;

/**
 * A program's trust score: the share of positive answers to the trust question over its latest
 * TRUST_QUARTERS quarters with results (all its services added); null without results.
 */
export function recentTrust(quarters: readonly { fiscalYear: number; quarter: number; answerCounts: readonly number[] }[]): { share: number | null; quarters: number } {
  const periods = [...new Set(quarters.map((q) => q.fiscalYear * 10 + q.quarter))].sort((a, b) => b - a).slice(0, TRUST_QUARTERS);
  const kept = quarters.filter((q) => periods.includes(q.fiscalYear * 10 + q.quarter));
  return { share: kept.length ? driverShares(combineCounts(kept.map((q) => q.answerCounts))).trust : null, quarters: periods.length };
}
