import { describe, expect, it } from "vitest";
import { BUDGETS, KIB, MIB, checkExports, checkReports, checkRouteJs, checkScenarios, describeCheck, evaluateBudgets, jsBudget, ratioBudget } from "./budgets-rules";

describe("ratioBudget", () => {
  it("gives pages 3×, autosave 2×, and the baseline and other actions none", () => {
    expect(ratioBudget("page")).toBe(3);
    expect(ratioBudget("autosave")).toBe(2);
    expect(ratioBudget("baseline")).toBeNull();
    expect(ratioBudget("action")).toBeNull();
  });
});

describe("checkScenarios", () => {
  const baseline = { name: "baseline", kind: "baseline" as const, p95Ms: 10 };

  it("passes a page at exactly 3× the baseline p95 and fails one just above", () => {
    const [atLimit, above] = checkScenarios([baseline, { name: "a", kind: "page", p95Ms: 30 }, { name: "b", kind: "page", p95Ms: 30.1 }]);
    expect(atLimit).toMatchObject({ subject: "a", actual: 3, limit: 3, pass: true });
    expect(above).toMatchObject({ subject: "b", pass: false });
  });

  it("holds autosave to 2× and gives submit no budget", () => {
    const checks = checkScenarios([baseline, { name: "autosave", kind: "autosave", p95Ms: 25 }, { name: "submit", kind: "action", p95Ms: 500 }]);
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({ subject: "autosave", actual: 2.5, limit: 2, pass: false });
  });

  it("needs exactly one baseline with a positive p95", () => {
    expect(() => checkScenarios([{ name: "a", kind: "page", p95Ms: 1 }])).toThrow(/exactly one baseline/);
    expect(() => checkScenarios([baseline, baseline])).toThrow(/exactly one baseline/);
    expect(() => checkScenarios([{ ...baseline, p95Ms: 0 }])).toThrow(/positive/);
  });
});

describe("checkExports", () => {
  it("checks the raw answers CSV's first byte (< 1 s) and RSS growth (< 100 MiB) only", () => {
    const checks = checkExports([
      { name: "raw answers CSV", kind: "raw-answers", ttfbMs: 999, peakRssGrowthBytes: 100 * MIB },
      { name: "portfolio CSV", kind: "portfolio", ttfbMs: 5000, peakRssGrowthBytes: 500 * MIB },
    ]);
    expect(checks.map((c) => [c.measure, c.pass])).toEqual([
      ["time to first byte", true],
      ["peak server RSS growth", false],
    ]);
  });

  it("fails a first byte at exactly one second", () => {
    expect(checkExports([{ name: "raw", kind: "raw-answers", ttfbMs: 1000, peakRssGrowthBytes: 0 }])[0]!.pass).toBe(false);
  });
});

describe("checkRouteJs", () => {
  it("allows 150 KiB without charts and 250 KiB with them, inclusive", () => {
    expect(jsBudget(false)).toBe(150 * KIB);
    expect(jsBudget(true)).toBe(250 * KIB);
    const checks = checkRouteJs([
      { route: "/a", gzipBytes: 150 * KIB, charts: false },
      { route: "/b", gzipBytes: 150 * KIB + 1, charts: false },
      { route: "/c", gzipBytes: 250 * KIB, charts: true },
      { route: "/d", gzipBytes: 250 * KIB + 1, charts: true },
    ]);
    expect(checks.map((c) => c.pass)).toEqual([true, false, true, false]);
  });
});

describe("checkReports", () => {
  it("holds the server and Chromium to less than 600 MiB of growth while six reports print", () => {
    expect(checkReports({ name: "r", peakPssGrowthBytes: 600 * MIB - 1 })[0]).toMatchObject({ pass: true, measure: "peak PSS growth, server and Chromium" });
    expect(checkReports({ name: "r", peakPssGrowthBytes: 600 * MIB })[0]!.pass).toBe(false);
  });
});

describe("evaluateBudgets", () => {
  it("collects every check and lists the missed ones", () => {
    const { checks, missed } = evaluateBudgets({
      scenarios: [
        { name: "baseline", kind: "baseline", p95Ms: 10 },
        { name: "portfolio", kind: "page", p95Ms: 50 },
      ],
      exports: [{ name: "raw", kind: "raw-answers", ttfbMs: 10, peakRssGrowthBytes: MIB }],
      reports: { name: "reports", peakPssGrowthBytes: 600 * MIB - 1 },
      routes: [{ route: "/x", gzipBytes: KIB, charts: false }],
    });
    expect(checks).toHaveLength(5);
    expect(missed.map((c) => c.subject)).toEqual(["portfolio"]);
    expect(describeCheck(missed[0]!)).toBe("portfolio: p95 / baseline p95 5.00× (budget <= 3.00×) MISSED");
  });

  it("describes memory in MiB and JS in KiB", () => {
    const [, rss] = checkExports([{ name: "raw", kind: "raw-answers", ttfbMs: 10, peakRssGrowthBytes: 108.25 * MIB }]);
    expect(describeCheck(rss!)).toBe("raw: peak server RSS growth 108.3 MiB (budget < 100.0 MiB) MISSED");
    expect(describeCheck(checkRouteJs([{ route: "/x", gzipBytes: 161.1 * KIB, charts: false }])[0]!)).toBe("/x: first-load JS, gzip 161.1 KiB (budget <= 150.0 KiB) MISSED");
  });

  it("states the limits of the issue", () => {
    expect(BUDGETS).toMatchObject({ rawAnswersTtfbMs: 1000, rawAnswersRssGrowthBytes: 104_857_600 });
  });
});
