// The words beside the outcomes chart: what it shows, first quarter against last.
import { DRIVERS, type DriverKey } from "./drivers";
import { shareText } from "./shares";

type Quarter = { label: string; shares: Record<DriverKey, number | null>; cycle: string | null; level: number | null };

/** Sentences for the chart's text summary; nothing to say without two quarters. */
export function outcomesSummary(quarters: readonly Quarter[], services: readonly string[]): string[] {
  if (quarters.length === 0) return ["No customer-survey results have been imported for this program yet."];
  const first = quarters[0]!;
  const last = quarters.at(-1)!;
  const sentences = [`${quarters.length === 1 ? "One quarter" : `${quarters.length} quarters`} of customer-survey results (${first.label}${quarters.length > 1 ? ` to ${last.label}` : ""}) from ${services.join(", ")}.`];
  for (const key of ["trust", "satisfaction"] as const) {
    const label = DRIVERS.find((d) => d.key === key)!.label;
    const [from, to] = [first.shares[key], last.shares[key]];
    sentences.push(
      quarters.length > 1 && from !== null && to !== null
        ? `${label}: ${shareText(to)} positive in ${last.label}, ${to === from ? "unchanged from" : to > from ? "up from" : "down from"} ${shareText(from)} in ${first.label}.`
        : `${label}: ${shareText(to)} positive in ${last.label}.`,
    );
  }
  const levels = [...new Map(quarters.filter((q) => q.cycle && q.level !== null).map((q) => [q.cycle, q.level])).entries()];
  sentences.push(levels.length ? `Maturity level over the same time: ${levels.map(([cycle, level]) => `${level} in ${cycle}`).join(", ")}.` : "No accepted assessment covers these quarters.");
  return sentences;
}
