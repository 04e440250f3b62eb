// The practices where the most programs need help: lowest median level first. Pure.
import { MAX_LEVEL, MIN_LEVEL } from "./rules";

/** How many programs answered a practice at each level (1–5), and how many of them sit below their target. */
export type PracticeTally = {
  practiceKey: string;
  title: string;
  disciplineKey: string;
  counts: readonly number[];
  belowTarget: number;
};

export type WeakPractice = PracticeTally & { programs: number; median: number };

/** How many practices the list shows: a page the council can act on. */
export const WEAKEST_PRACTICES_SHOWN = 10;

/** The median of levels given as counts per level (index 0 is level 1); the mean of the middle two when even. */
export function medianLevel(counts: readonly number[]): number | null {
  const n = counts.reduce((a, b) => a + b, 0);
  if (n === 0) return null;
  const nth = (k: number) => {
    let seen = 0;
    for (let level = MIN_LEVEL; level <= MAX_LEVEL; level++) {
      seen += counts[level - 1] ?? 0;
      if (seen > k) return level;
    }
    return MAX_LEVEL;
  };
  return (nth(Math.floor((n - 1) / 2)) + nth(Math.floor(n / 2))) / 2;
}

/**
 * Practices by lowest median level, then most programs below target, then most programs answering
 * (help there reaches more programs), then the model's order as given. Practices nobody answered
 * with a level are left out.
 */
export function weakestPractices(tallies: readonly PracticeTally[], shown = WEAKEST_PRACTICES_SHOWN): WeakPractice[] {
  return tallies
    .flatMap((t, index) => {
      const median = medianLevel(t.counts);
      return median === null ? [] : [{ ...t, median, programs: t.counts.reduce((a, b) => a + b, 0), index }];
    })
    .sort((a, b) => a.median - b.median || b.belowTarget - a.belowTarget || b.programs - a.programs || a.index - b.index)
    .slice(0, shown)
    .map(({ index: _index, ...p }) => p);
}
