// The benchmark's budgets (the issues' numbers) and their evaluation, at every portfolio size and
// across sizes. Pure: figures in, verdicts out.
import { DEFAULT_PROGRAM_COUNT } from "./synthetic-portfolio";

export const KIB = 1024;
export const MIB = 1024 * 1024;

export const BUDGETS = {
  /** A dashboard (the portfolio's views, the CCO overview, a program's progress): p95 at most this many times the baseline page's p95, at the same size. */
  dashboardP95Ratio: 2,
  /** Any other signed-in page (an assessment's results): the budget every page had before dashboards were held to 2×. */
  pageP95Ratio: 3,
  /** One autosave (the saveAnswerAction server action): p95 at most this many times the baseline's. */
  autosaveP95Ratio: 1.5,
  /** The portfolio page at a larger size (the 20,000 programs): p95 at most this many times its p95 at 2,000. */
  portfolioP95GrowthRatio: 1.3,
  /** Raw answers CSV of a whole cycle: the first byte within this time… */
  rawAnswersTtfbMs: 1000,
  /** …and the server's resident memory grows less than this while it streams (CSV and XLSX alike). */
  rawAnswersRssGrowthBytes: 100 * MIB,
  /** Six report PDFs asked for at once: the server and its Chromium grow less than this (PSS). */
  reportsPssGrowthBytes: 600 * MIB,
  /** First-load JS (gzip) of a page without charts. */
  firstLoadJsBytes: 150 * KIB,
  /** First-load JS (gzip) of a page that renders charts. */
  firstLoadJsChartBytes: 250 * KIB,
} as const;

/** The size every other is compared with, measured in the same run. */
export const REFERENCE_PROGRAMS = DEFAULT_PROGRAM_COUNT;
/** The one page scenario held to BUDGETS.portfolioP95GrowthRatio; the others' growth is shown only. */
export const GROWTH_BUDGETED_SCENARIO = "portfolio";

/**
 * baseline: the yardstick itself; dashboard: a GET of a dashboard (the tighter ratio budget); page: a
 * GET of any other signed-in page (ratio budget);
 * autosave: the answer autosave action (its own ratio budget); action: measured, no budget (submit);
 * first read: a dashboard read just after the portfolio's revision moved, its cached figures computed
 * again (measured, no budget).
 */
export type ScenarioKind = "baseline" | "dashboard" | "page" | "autosave" | "action" | "first read";

export type ScenarioFigures = { name: string; kind: ScenarioKind; p95Ms: number };
export type ExportFigures = { name: string; kind: "raw-answers" | "portfolio"; format: "csv" | "xlsx"; ttfbMs: number; peakRssGrowthBytes: number };
export type ReportsFigures = { name: string; peakPssGrowthBytes: number };
export type RouteJsFigures = { route: string; gzipBytes: number; charts: boolean };
export type SizeFigures = { programs: number; scenarios: readonly ScenarioFigures[]; exports: readonly ExportFigures[]; reports: ReportsFigures };

/** A page scenario's p95 at a larger size against its p95 at REFERENCE_PROGRAMS, in the same run. */
export type GrowthRow = { name: string; programs: number; p95Ms: number; referenceP95Ms: number; ratio: number; budgetRatio: number | null };

export type BudgetCheck = {
  /** Where the figure comes from: a size ("20,000 programs"), two sizes compared, or the build. */
  scope: string;
  subject: string;
  measure: string;
  actual: number;
  limit: number;
  /** "<=": at most the limit passes; "<": strictly below it. */
  comparison: "<=" | "<";
  unit: "x" | "ms" | "bytes";
  pass: boolean;
};

export const sizeScope = (programs: number) => `${programs.toLocaleString("en-US")} programs`;
export const growthScope = (programs: number) => `${sizeScope(programs)} vs ${REFERENCE_PROGRAMS.toLocaleString("en-US")}`;
export const BUILD_SCOPE = "build";

const check = (scope: string, subject: string, measure: string, actual: number, limit: number, comparison: "<=" | "<", unit: BudgetCheck["unit"]): BudgetCheck => ({
  scope,
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
  if (kind === "dashboard") return BUDGETS.dashboardP95Ratio;
  if (kind === "page") return BUDGETS.pageP95Ratio;
  if (kind === "autosave") return BUDGETS.autosaveP95Ratio;
  return null;
}

export function checkScenarios(scope: string, scenarios: readonly ScenarioFigures[]): BudgetCheck[] {
  const baselines = scenarios.filter((s) => s.kind === "baseline");
  if (baselines.length !== 1) throw new Error(`Expected exactly one baseline scenario, found ${baselines.length}`);
  const baseline = baselines[0]!.p95Ms;
  if (!(baseline > 0)) throw new Error(`The baseline p95 must be positive, got ${baseline}`);
  return scenarios.flatMap((s) => {
    const limit = ratioBudget(s.kind);
    return limit === null ? [] : [check(scope, s.name, "p95 / baseline p95", s.p95Ms / baseline, limit, "<=", "x")];
  });
}

export function checkExports(scope: string, exports: readonly ExportFigures[]): BudgetCheck[] {
  return exports
    .filter((e) => e.kind === "raw-answers")
    .flatMap((e) => [
      ...(e.format === "csv" ? [check(scope, e.name, "time to first byte", e.ttfbMs, BUDGETS.rawAnswersTtfbMs, "<", "ms")] : []),
      check(scope, e.name, "peak server RSS growth", e.peakRssGrowthBytes, BUDGETS.rawAnswersRssGrowthBytes, "<", "bytes"),
    ]);
}

export function checkReports(scope: string, reports: ReportsFigures): BudgetCheck[] {
  return [check(scope, reports.name, "peak PSS growth, server and Chromium", reports.peakPssGrowthBytes, BUDGETS.reportsPssGrowthBytes, "<", "bytes")];
}

export function jsBudget(charts: boolean): number {
  return charts ? BUDGETS.firstLoadJsChartBytes : BUDGETS.firstLoadJsBytes;
}

export function checkRouteJs(routes: readonly RouteJsFigures[]): BudgetCheck[] {
  return routes.map((r) => check(BUILD_SCOPE, r.route, `first-load JS, gzip${r.charts ? " (chart page)" : ""}`, r.gzipBytes, jsBudget(r.charts), "<=", "bytes"));
}

/**
 * Each page's p95 (the baseline's too, which shows how much of a change is the machine's) at every
 * larger size measured against its p95 at REFERENCE_PROGRAMS. None without the reference size.
 */
export function growthRows(sizes: readonly Pick<SizeFigures, "programs" | "scenarios">[]): GrowthRow[] {
  const reference = sizes.find((s) => s.programs === REFERENCE_PROGRAMS);
  if (!reference) return [];
  return sizes
    .filter((s) => s.programs > REFERENCE_PROGRAMS)
    .flatMap((size) =>
      reference.scenarios
        .filter((r) => r.kind === "baseline" || r.kind === "dashboard" || r.kind === "page")
        .flatMap((r) => {
          const at = size.scenarios.find((s) => s.name === r.name);
          if (!at) return [];
          const budgetRatio = r.name === GROWTH_BUDGETED_SCENARIO ? BUDGETS.portfolioP95GrowthRatio : null;
          return [{ name: r.name, programs: size.programs, p95Ms: at.p95Ms, referenceP95Ms: r.p95Ms, ratio: at.p95Ms / r.p95Ms, budgetRatio }];
        }),
    );
}

export function checkGrowth(rows: readonly GrowthRow[]): BudgetCheck[] {
  return rows.flatMap((r) =>
    r.budgetRatio === null ? [] : [check(growthScope(r.programs), r.name, `p95 / its p95 at ${sizeScope(REFERENCE_PROGRAMS)}`, r.ratio, r.budgetRatio, "<=", "x")],
  );
}

export function evaluateBudgets(figures: { sizes: readonly SizeFigures[]; growth: readonly GrowthRow[]; routes: readonly RouteJsFigures[] }): { checks: BudgetCheck[]; missed: BudgetCheck[] } {
  const checks = [
    ...figures.sizes.flatMap((s) => [...checkScenarios(sizeScope(s.programs), s.scenarios), ...checkExports(sizeScope(s.programs), s.exports), ...checkReports(sizeScope(s.programs), s.reports)]),
    ...checkGrowth(figures.growth),
    ...checkRouteJs(figures.routes),
  ];
  return { checks, missed: checks.filter((c) => !c.pass) };
}

/** One line saying what a check measured against what limit, e.g. for the list of missed budgets. */
export function describeCheck(c: BudgetCheck): string {
  const bytes = (v: number) => (c.limit >= MIB ? `${(v / MIB).toFixed(1)} MiB` : `${(v / KIB).toFixed(1)} KiB`);
  const show = (v: number) => (c.unit === "x" ? `${v.toFixed(2)}×` : c.unit === "ms" ? `${v.toFixed(0)} ms` : bytes(v));
  return `[${c.scope}] ${c.subject}: ${c.measure} ${show(c.actual)} (budget ${c.comparison} ${show(c.limit)}) ${c.pass ? "ok" : "MISSED"}`;
}
