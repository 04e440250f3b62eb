// Sorting, filtering and level distribution for the portfolio heatmap. Pure functions.
import type { LevelRank } from "@/lib/scoring/rules";

export type Cell = { score: number | null; level: LevelRank | null };
export type PortfolioEntry = {
  programId: string;
  program: string;
  agency: string;
  assessmentId: string;
  cycle: string;
  overall: Cell;
  disciplines: Record<string, Cell>;
};

export type SortKey = "program" | "agency" | "overall" | `discipline:${string}`;
export type SortDirection = "asc" | "desc";

// One collator for all comparisons: localeCompare with options builds a new one on every call.
const byText = new Intl.Collator("en-US", { sensitivity: "base" }).compare;

function cellOf(entry: PortfolioEntry, sort: SortKey): Cell | undefined {
  if (sort === "overall") return entry.overall;
  if (sort.startsWith("discipline:")) return entry.disciplines[sort.slice("discipline:".length)];
  return undefined;
}

/**
 * Sorted by the chosen column; levels sort by level, then score. Unscored cells go last in both
 * directions (they are not "lowest"), and ties fall back to the program name.
 */
export function sortPortfolio(entries: readonly PortfolioEntry[], sort: SortKey, direction: SortDirection): PortfolioEntry[] {
  const sign = direction === "asc" ? 1 : -1;
  return [...entries].sort((a, b) => {
    if (sort === "program") return sign * byText(a.program, b.program);
    if (sort === "agency") return sign * byText(a.agency, b.agency) || byText(a.program, b.program);
    const x = cellOf(a, sort);
    const y = cellOf(b, sort);
    const xs = x?.level == null;
    const ys = y?.level == null;
    if (xs || ys) return xs === ys ? byText(a.program, b.program) : xs ? 1 : -1;
    return sign * ((x!.level! - y!.level!) || (x!.score ?? 0) - (y!.score ?? 0)) || byText(a.program, b.program);
  });
}

/** How many programs sit at each level (1–5) in each discipline, plus how many are not scored. */
export function levelDistribution(entries: readonly PortfolioEntry[], disciplineKeys: readonly string[]) {
  return disciplineKeys.map((key) => {
    const counts = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, unscored: 0 };
    for (const e of entries) {
      const level = e.disciplines[key]?.level;
      if (level) counts[level]++;
      else counts.unscored++;
    }
    return { key, counts };
  });
}
