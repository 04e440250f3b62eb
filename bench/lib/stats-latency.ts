// Latency statistics of one scenario: requests per second and nearest-rank percentiles.

export type LatencySummary = {
  n: number;
  durationMs: number;
  requestsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  meanMs: number;
  maxMs: number;
};

/** The nearest-rank percentile (p in (0, 100]) of ascending values: the ⌈p/100·n⌉-th smallest. */
export function nearestRank(sortedAscending: readonly number[], p: number): number {
  if (sortedAscending.length === 0) throw new Error("No values to take a percentile of");
  if (!(p > 0 && p <= 100)) throw new Error(`Percentile out of range: ${p}`);
  const rank = Math.ceil((p / 100) * sortedAscending.length);
  return sortedAscending[Math.min(sortedAscending.length, Math.max(1, rank)) - 1]!;
}

/** Latencies of the measured requests, and the wall time the whole batch took. */
export function summarize(latenciesMs: readonly number[], durationMs: number): LatencySummary {
  if (latenciesMs.length === 0) throw new Error("No requests were measured");
  if (!(durationMs > 0)) throw new Error(`Duration must be positive, got ${durationMs}`);
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  const total = sorted.reduce((sum, v) => sum + v, 0);
  return {
    n: sorted.length,
    durationMs,
    requestsPerSecond: (sorted.length * 1000) / durationMs,
    p50Ms: nearestRank(sorted, 50),
    p95Ms: nearestRank(sorted, 95),
    meanMs: total / sorted.length,
    maxMs: sorted[sorted.length - 1]!,
  };
}

/** How many times the baseline a value is. */
export function ratioTo(value: number, baseline: number): number {
  if (!(baseline > 0)) throw new Error(`Baseline must be positive, got ${baseline}`);
  return value / baseline;
}
