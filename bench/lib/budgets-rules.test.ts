import { describe, expect, it } from "vitest";
import {
  BUDGETS,
  KIB,
  MIB,
  checkExports,
  checkGrowth,
  checkReports,
  checkRouteJs,
  checkScenarios,
  describeCheck,
  evaluateBudgets,
  growthRows,
  jsBudget,
  ratioBudget,
  type ScenarioFigures,
} from "./budgets-rules";

const scope = "2,000 programs";

describe("ratioBudget", () => {
  it("gives dashboards 2×, other pages 3×, autosave 1.5×, and the baseline and other actions none", () => {
    expect(ratioBudget("dashboard")).toBe(2);
    expect(ratioBudget("page")).toBe(3);
    expect(ratioBudget("autosave")).toBe(1.5);
    expect(ratioBudget("baseline")).toBeNull();
    expect(ratioBudget("action")).toBeNull();
  });
});

describe("checkScenarios", () => {
  const baseline = { name: "baseline", kind: "baseline" as const, p95Ms: 10 };

  it("passes a dashboard at exactly 2× the baseline p95 and fails one just above; another page at 3×", () => {
    const [atLimit, above, page, pageAbove] = checkScenarios(scope, [
      baseline,
      { name: "a", kind: "dashboard", p95Ms: 20 },
      { name: "b", kind: "dashboard", p95Ms: 20.1 },
      { name: "c", kind: "page", p95Ms: 30 },
      { name: "d", kind: "page", p95Ms: 30.1 },
    ]);
    expect(atLimit).toMatchObject({ scope, subject: "a", actual: 2, limit: 2, pass: true });
    expect(above).toMatchObject({ subject: "b", pass: false });
    expect(page).toMatchObject({ subject: "c", actual: 3, limit: 3, pass: true });
    expect(pageAbove).toMatchObject({ subject: "d", pass: false });
  });

  it("holds autosave to 1.5× and gives submit no budget", () => {
    const checks = checkScenarios(scope, [baseline, { name: "autosave", kind: "autosave", p95Ms: 16 }, { name: "submit", kind: "action", p95Ms: 500 }]);
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({ subject: "autosave", actual: 1.6, limit: 1.5, pass: false });
  });

  it("needs exactly one baseline with a positive p95", () => {
    expect(() => checkScenarios(scope, [{ name: "a", kind: "page", p95Ms: 1 }])).toThrow(/exactly one baseline/);
    expect(() => checkScenarios(scope, [baseline, baseline])).toThrow(/exactly one baseline/);
    expect(() => checkScenarios(scope, [{ ...baseline, p95Ms: 0 }])).toThrow(/positive/);
  });
});

describe("checkExports", () => {
  it("checks the raw answers CSV's first byte (< 1 s) and RSS growth (< 100 MiB), the XLSX's RSS growth, the portfolio's nothing", () => {
    const checks = checkExports(scope, [
      { name: "raw answers CSV", kind: "raw-answers", format: "csv", ttfbMs: 999, peakRssGrowthBytes: 100 * MIB },
      { name: "raw answers XLSX", kind: "raw-answers", format: "xlsx", ttfbMs: 60_000, peakRssGrowthBytes: 100 * MIB - 1 },
      { name: "portfolio CSV", kind: "portfolio", format: "csv", ttfbMs: 5000, peakRssGrowthBytes: 500 * MIB },
    ]);
    expect(checks.map((c) => [c.subject, c.measure, c.pass])).toEqual([
      ["raw answers CSV", "time to first byte", true],
      ["raw answers CSV", "peak server RSS growth", false],
      ["raw answers XLSX", "peak server RSS growth", true],
    ]);
  });

  it("fails a first byte at exactly one second", () => {
    expect(checkExports(scope, [{ name: "raw", kind: "raw-answers", format: "csv", ttfbMs: 1000, peakRssGrowthBytes: 0 }])[0]!.pass).toBe(false);
  });
});

describe("checkRouteJs", () => {
  it("allows 150 KiB without charts and 250 KiB with them, inclusive, once for the build", () => {
    expect(jsBudget(false)).toBe(150 * KIB);
    expect(jsBudget(true)).toBe(250 * KIB);
    const checks = checkRouteJs([
      { route: "/a", gzipBytes: 150 * KIB, charts: false },
      { route: "/b", gzipBytes: 150 * KIB + 1, charts: false },
      { route: "/c", gzipBytes: 250 * KIB, charts: true },
      { route: "/d", gzipBytes: 250 * KIB + 1, charts: true },
    ]);
    expect(checks.map((c) => c.pass)).toEqual([true, false, true, false]);
    expect(new Set(checks.map((c) => c.scope))).toEqual(new Set(["build"]));
  });
});

describe("checkReports", () => {
  it("holds the server and Chromium to less than 600 MiB of growth while six reports print", () => {
    expect(checkReports(scope, { name: "r", peakPssGrowthBytes: 600 * MIB - 1 })[0]).toMatchObject({ pass: true, measure: "peak PSS growth, server and Chromium" });
    expect(checkReports(scope, { name: "r", peakPssGrowthBytes: 600 * MIB })[0]!.pass).toBe(false);
  });
});

describe("growth across sizes", () => {
  const pages = (baseline: number, portfolio: number, movers: number): ScenarioFigures[] => [
    { name: "baseline", kind: "baseline", p95Ms: baseline },
    { name: "portfolio", kind: "dashboard", p95Ms: portfolio },
    { name: "movers", kind: "dashboard", p95Ms: movers },
    { name: "autosave", kind: "autosave", p95Ms: 100 },
  ];

  it("compares every page and the baseline at each larger size with 2,000, budgeting only the portfolio at 1.3×", () => {
    const rows = growthRows([
      { programs: 2_000, scenarios: pages(100, 200, 300) },
      { programs: 20_000, scenarios: pages(110, 260, 900) },
    ]);
    expect(rows).toEqual([
      { name: "baseline", programs: 20_000, p95Ms: 110, referenceP95Ms: 100, ratio: 1.1, budgetRatio: null },
      { name: "portfolio", programs: 20_000, p95Ms: 260, referenceP95Ms: 200, ratio: 1.3, budgetRatio: 1.3 },
      { name: "movers", programs: 20_000, p95Ms: 900, referenceP95Ms: 300, ratio: 3, budgetRatio: null },
    ]);
    expect(checkGrowth(rows)).toEqual([
      { scope: "20,000 programs vs 2,000", subject: "portfolio", measure: "p95 / its p95 at 2,000 programs", actual: 1.3, limit: 1.3, comparison: "<=", unit: "x", pass: true },
    ]);
  });

  it("misses the budget when the portfolio's p95 grows past 1.3×", () => {
    const rows = growthRows([
      { programs: 20_000, scenarios: pages(100, 261, 300) },
      { programs: 2_000, scenarios: pages(100, 200, 300) },
    ]);
    expect(checkGrowth(rows).map((c) => c.pass)).toEqual([false]);
  });

  it("has nothing to compare without both 2,000 and a larger size", () => {
    expect(growthRows([{ programs: 20_000, scenarios: pages(100, 200, 300) }])).toEqual([]);
    expect(growthRows([{ programs: 2_000, scenarios: pages(100, 200, 300) }])).toEqual([]);
  });
});

describe("evaluateBudgets", () => {
  const size = (programs: number, portfolioP95: number) => ({
    programs,
    scenarios: [
      { name: "baseline", kind: "baseline" as const, p95Ms: 10 },
      { name: "portfolio", kind: "dashboard" as const, p95Ms: portfolioP95 },
    ],
    exports: [{ name: "raw", kind: "raw-answers" as const, format: "csv" as const, ttfbMs: 10, peakRssGrowthBytes: MIB }],
    reports: { name: "reports", peakPssGrowthBytes: 600 * MIB - 1 },
  });

  it("checks every size, the growth between them and the build once, and lists the missed ones", () => {
    const sizes = [size(2_000, 15), size(20_000, 25)];
    const { checks, missed } = evaluateBudgets({ sizes, growth: growthRows(sizes), routes: [{ route: "/x", gzipBytes: KIB, charts: false }] });
    expect(checks).toHaveLength(2 * 4 + 1 + 1);
    expect(missed.map((c) => [c.scope, c.subject])).toEqual([
      ["20,000 programs", "portfolio"],
      ["20,000 programs vs 2,000", "portfolio"],
    ]);
    expect(describeCheck(missed[0]!)).toBe("[20,000 programs] portfolio: p95 / baseline p95 2.50× (budget <= 2.00×) MISSED");
    expect(describeCheck(missed[1]!)).toBe("[20,000 programs vs 2,000] portfolio: p95 / its p95 at 2,000 programs 1.67× (budget <= 1.30×) MISSED");
  });

  it("describes memory in MiB and JS in KiB", () => {
    const [, rss] = checkExports(scope, [{ name: "raw", kind: "raw-answers", format: "csv", ttfbMs: 10, peakRssGrowthBytes: 108.25 * MIB }]);
    expect(describeCheck(rss!)).toBe("[2,000 programs] raw: peak server RSS growth 108.3 MiB (budget < 100.0 MiB) MISSED");
    expect(describeCheck(checkRouteJs([{ route: "/x", gzipBytes: 161.1 * KIB, charts: false }])[0]!)).toBe("[build] /x: first-load JS, gzip 161.1 KiB (budget <= 150.0 KiB) MISSED");
  });

  it("states the limits of the issues", () => {
    expect(BUDGETS).toMatchObject({ dashboardP95Ratio: 2, pageP95Ratio: 3, autosaveP95Ratio: 1.5, portfolioP95GrowthRatio: 1.3, rawAnswersTtfbMs: 1000, rawAnswersRssGrowthBytes: 104_857_600 });
  });
});
