import { describe, expect, it } from "vitest";
import { nearestRank, ratioTo, summarize } from "./stats-latency";

describe("nearestRank", () => {
  const values = [15, 20, 35, 40, 50];
  it.each([
    [5, 15],
    [30, 20],
    [40, 20],
    [50, 35],
    [95, 50],
    [100, 50],
  ])("p%d of 15,20,35,40,50 is %d", (p, expected) => {
    expect(nearestRank(values, p)).toBe(expected);
  });

  it("takes the 95th of 100 values as the 95th smallest", () => {
    const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(nearestRank(hundred, 95)).toBe(95);
    expect(nearestRank(hundred, 50)).toBe(50);
  });

  it("refuses no values and a percentile out of range", () => {
    expect(() => nearestRank([], 50)).toThrow(/No values/);
    expect(() => nearestRank([1], 0)).toThrow(/out of range/);
    expect(() => nearestRank([1], 101)).toThrow(/out of range/);
  });
});

describe("summarize", () => {
  it("sorts, counts and rates the requests", () => {
    const summary = summarize([40, 10, 30, 20], 2000);
    expect(summary).toEqual({ n: 4, durationMs: 2000, requestsPerSecond: 2, p50Ms: 20, p95Ms: 40, meanMs: 25, maxMs: 40 });
  });

  it("refuses an empty batch or a zero duration", () => {
    expect(() => summarize([], 10)).toThrow(/No requests/);
    expect(() => summarize([1], 0)).toThrow(/positive/);
  });
});

describe("ratioTo", () => {
  it("divides by the baseline and refuses a zero baseline", () => {
    expect(ratioTo(30, 10)).toBe(3);
    expect(() => ratioTo(30, 0)).toThrow(/positive/);
  });
});
