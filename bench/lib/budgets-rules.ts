// The benchmark's budgets (the numbers) and their evaluation. Pure: figures in, verdicts out.

export const KIB = 1024;
export const MIB = 1024 * 1024;

export const BUDGETS = {
  /** Every signed-in page: p95 at most this many times the baseline page's p95. */
  pageP95Ratio: 3,
  /** One autosave (the saveAnswerAction server action): p95 at most this many times the baseline's. */
  autosaveP95Ratio: 2,
  /** Raw answers CSV of a whole cycle: the first byte within this time… */
  rawAnswersTtfbMs: 1000,
  /** …and the server's resident memory grows less than this while it streams. */
  rawAnswersRssGrowthBytes: 100 * MIB,
  /** Six report PDFs asked for at once: the server and its Chromium grow less than this (PSS). */
  reportsPssGrowthBytes: 600 * MIB,
  /** First-load JS (gzip) of a page without charts. */
  firstLoadJsBytes: 150 * KIB,
  /** First-load JS (gzip) of a page that renders charts. */
  firstLoadJsChartBytes: 250 * KIB,
} as const;

/**
 * baseline: the yardstick itself; page: a GET of a signed-in page (ratio budget);
 * autosave: the answer autosave action (its own ratio budget); action: measured, no budget (submit).
 */
export type ScenarioKind = "baseline" | "page" | "autosave" | "action";

export type ScenarioFigures = { name: string; kind: ScenarioKind; p95Ms: number };
export type ExportFigures = { name: string; kind: "raw-answers" | "portfolio"; ttfbMs: number; peakRssGrowthBytes: number };
export type ReportsFigures = { name: string; peakPssGrowthBytes: number };
export type RouteJsFigures = { route: string; gzipBytes: number; charts: boolean };

export type BudgetCheck = {
  subject: string;
  measure: string;
  actual: number;
  limit: number;
  /** "<=": at most the limit passes; "<": strictly below it. */
  comparison: "<=" | "<";
  unit: "x" | "ms" | "bytes";
  pass: boolean;
};

const check = (subject: string, measure: string, actual: number, limit: number, comparison: "<=" | "<", unit: BudgetCheck["unit"]): BudgetCheck => ({
  subject,
  measure,
  actual,
  limit,
  comparison,
  unit,
  pass: comparison === "<=" ? actual <= limit : actual < limit,
});

/** The p95 ratio a scenario of this kind may reach, or null when it has none. */
export function ratioBudget(kind: ScenarioKind): number | null {
  if (kind === "page") return BUDGETS.pageP95Ratio;
  if (kind === "autosave") return BUDGETS.autosaveP95Ratio;
  return null;
}

export function checkScenarios(scenarios: readonly ScenarioFigures[]): BudgetCheck[] {
  const baselines = scenarios.filter((s) => s.kind === "baseline");
  if (baselines.length !== 1) throw new Error(`Expected exactly one baseline scenario, found ${baselines.length}`);
  const baseline = baselines[0]!.p95Ms;
  if (!(baseline > 0)) throw new Error(`The baseline p95 must be positive, got ${baseline}`);
  return scenarios.flatMap((s) => {
    const limit = ratioBudget(s.kind);
    return limit === null ? [] : [check(s.name, "p95 / baseline p95", s.p95Ms / baseline, limit, "<=", "x")];
  });
}

export function checkExports(exports: readonly ExportFigures[]): BudgetCheck[] {
  return exports
    .filter((e) => e.kind === "raw-answers")
    .flatMap((e) => [
      check(e.name, "time to first byte", e.ttfbMs, BUDGETS.rawAnswersTtfbMs, "<", "ms"),
      check(e.name, "peak server RSS growth", e.peakRssGrowthBytes, BUDGETS.rawAnswersRssGrowthBytes, "<", "bytes"),
    ]);
}

export function checkReports(reports: ReportsFigures): BudgetCheck[] {
  return [check(reports.name, "peak PSS growth, server and Chromium", reports.peakPssGrowthBytes, BUDGETS.reportsPssGrowthBytes, "<", "bytes")];
}

export function jsBudget(charts: boolean): number {
  return charts ? BUDGETS.firstLoadJsChartBytes : BUDGETS.firstLoadJsBytes;
}

export function checkRouteJs(routes: readonly RouteJsFigures[]): BudgetCheck[] {
  return routes.map((r) => check(r.route, `first-load JS, gzip${r.charts ? " (chart page)" : ""}`, r.gzipBytes, jsBudget(r.charts), "<=", "bytes"));
}

export function evaluateBudgets(figures: {
  scenarios: readonly ScenarioFigures[];
  exports: readonly ExportFigures[];
  reports: ReportsFigures;
  routes: readonly RouteJsFigures[];
}): { checks: BudgetCheck[]; missed: BudgetCheck[] } {
  const checks = [...checkScenarios(figures.scenarios), ...checkExports(figures.exports), ...checkReports(figures.reports), ...checkRouteJs(figures.routes)];
  return { checks, missed: checks.filter((c) => !c.pass) };
}

/** One line saying what a check measured against what limit, e.g. for the list of missed budgets. */
export function describeCheck(c: BudgetCheck): string {
  const bytes = (v: number) => (c.limit >= MIB ? `${(v / MIB).toFixed(1)} MiB` : `${(v / KIB).toFixed(1)} KiB`);
  const show = (v: number) => (c.unit === "x" ? `${v.toFixed(2)}×` : c.unit === "ms" ? `${v.toFixed(0)} ms` : bytes(v));
  return `${c.subject}: ${c.measure} ${show(c.actual)} (budget ${c.comparison} ${show(c.limit)}) ${c.pass ? "ok" : "MISSED"}`;
}
