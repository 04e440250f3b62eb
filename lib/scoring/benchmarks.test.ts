import { describe, expect, it } from "vitest";
import { benchmark, MIN_BENCHMARK_GROUP } from "./benchmarks";

const group = { n: 8, q1: 1.75, median: 2.5, q3: 3.25 };

describe("benchmark", () => {
  it("withholds a group smaller than five programs, not even saying its size", () => {
    expect(MIN_BENCHMARK_GROUP).toBe(5);
    expect(benchmark(3, { n: 4, q1: 1, median: 2, q3: 3 })).toEqual({ withheld: true });
    expect(benchmark(3, undefined)).toEqual({ withheld: true });
  });

  it("shows a group of exactly five", () => {
    expect(benchmark(3, { n: 5, q1: 1, median: 2, q3: 3 })).toMatchObject({ withheld: false, n: 5, placement: "top quarter" });
  });

  it("places a score in its quarter, boundaries on the better side", () => {
    expect(benchmark(3.25, group)).toMatchObject({ placement: "top quarter", q1: 1.75, median: 2.5, q3: 3.25 });
    expect(benchmark(3.2, group)).toMatchObject({ placement: "above the median" });
    expect(benchmark(2.5, group)).toMatchObject({ placement: "above the median" });
    expect(benchmark(2.4, group)).toMatchObject({ placement: "below the median" });
    expect(benchmark(1.8, group)).toMatchObject({ placement: "below the median" });
    expect(benchmark(1.75, group)).toMatchObject({ placement: "bottom quarter" });
    expect(benchmark(1, group)).toMatchObject({ placement: "bottom quarter" });
  });

  it("gives an unscored program no place but still shows the group", () => {
    expect(benchmark(null, group)).toEqual({ withheld: false, ...group, placement: null });
  });
});
