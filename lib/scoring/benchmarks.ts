// Where a program's discipline score sits against a group of programs. Pure.

/**
 * A group's figures are shown only when it holds at least this many programs: fewer would let a
 * reader work out a single program's scores (a CCO must not learn another agency's program).
 */
export const MIN_BENCHMARK_GROUP = 5;

export type Quartiles = { n: number; q1: number; median: number; q3: number };
export type Placement = "top quarter" | "above the median" | "below the median" | "bottom quarter";
export type Benchmark = { withheld: true } | ({ withheld: false; placement: Placement | null } & Quartiles);

/**
 * The group's quartiles and the program's place among them, or nothing but "withheld" when it is too
 * small to show (not even its size). A program without a score has no place. On a boundary the program gets the better
 * side: a score equal to the third quartile is in the top quarter.
 */
export function benchmark(score: number | null, group: Quartiles | undefined): Benchmark {
  if (!group || group.n < MIN_BENCHMARK_GROUP) return { withheld: true };
  return { withheld: false, ...group, placement: score === null ? null : placementOf(score, group) };
}

function placementOf(score: number, q: Quartiles): Placement {
  if (score >= q.q3) return "top quarter";
  if (score >= q.median) return "above the median";
  if (score > q.q1) return "below the median";
  return "bottom quarter";
}

