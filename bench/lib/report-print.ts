// The benchmark's report: its shape (also the JSON written) and its printed form. Pure.
import { BUDGETS, describeCheck, type BudgetCheck, type ScenarioKind } from "./budgets-rules";
import { fixed, formatTable, kib, mib, type Column } from "./report-table";
import type { ExportRun } from "./run-exports";
import type { ReportsResult } from "./run-reports";

export type ScenarioResult = {
  name: string;
  kind: ScenarioKind;
  account: string;
  method: "GET" | "POST";
  path: string;
  n: number;
  concurrency: number;
  requestsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  meanMs: number;
  maxMs: number;
  /** p95 over the baseline's p95. */
  ratio: number;
  budgetRatio: number | null;
};

export type ExportResult = {
  name: string;
  kind: "raw-answers" | "portfolio";
  path: string;
  runs: ExportRun[];
  /** Worst of the runs. */
  ttfbMs: number;
  /** Median of the runs. */
  totalMs: number;
  /** Fewest of the runs (they must agree). */
  dataRows: number;
  bytes: number;
  /** Worst of the runs. */
  peakRssGrowthBytes: number;
};

export type RouteResult = { route: string; charts: boolean; chunks: number; uncompressedBytes: number; gzipBytes: number; budgetBytes: number };

export type BenchReport = {
  generatedAt: string;
  commit: string;
  uncommittedChanges: boolean;
  buildId: string;
  node: string;
  baseUrl: string;
  scenarios: ScenarioResult[];
  exports: ExportResult[];
  reports: ReportsResult;
  firstLoadJs: RouteResult[];
  budgets: { checks: BudgetCheck[]; missed: BudgetCheck[] };
  pass: boolean;
};

const verdict = (checks: readonly BudgetCheck[], subject: string) => {
  const mine = checks.filter((c) => c.subject === subject);
  if (!mine.length) return "-";
  return mine.every((c) => c.pass) ? "pass" : "FAIL";
};

const right = "right" as const;

function tables(report: BenchReport): string[] {
  const result = (subject: string) => verdict(report.budgets.checks, subject);
  const scenarios: Column<ScenarioResult>[] = [
    { header: "scenario", cell: (s) => s.name },
    { header: "as", cell: (s) => s.account },
    { header: "n", cell: (s) => String(s.n), align: right },
    { header: "req/s", cell: (s) => fixed(s.requestsPerSecond, 1), align: right },
    { header: "p50 ms", cell: (s) => fixed(s.p50Ms, 1), align: right },
    { header: "p95 ms", cell: (s) => fixed(s.p95Ms, 1), align: right },
    { header: "ratio", cell: (s) => `${fixed(s.ratio, 2)}x`, align: right },
    { header: "budget", cell: (s) => (s.budgetRatio === null ? "-" : `<= ${s.budgetRatio}x`), align: right },
    { header: "result", cell: (s) => (s.kind === "baseline" ? "baseline" : result(s.name)) },
  ];
  const exports: Column<ExportResult>[] = [
    { header: "export (sequential)", cell: (e) => e.name },
    { header: "runs", cell: (e) => String(e.runs.length), align: right },
    { header: "rows", cell: (e) => String(e.dataRows), align: right },
    { header: "MiB", cell: (e) => mib(e.bytes), align: right },
    { header: "TTFB ms (worst)", cell: (e) => fixed(e.ttfbMs, 0), align: right },
    { header: "total ms (median)", cell: (e) => fixed(e.totalMs, 0), align: right },
    { header: "peak RSS growth MiB (worst)", cell: (e) => mib(e.peakRssGrowthBytes), align: right },
    { header: "budget", cell: (e) => (e.kind === "raw-answers" ? "TTFB < 1000 ms, RSS < 100 MiB" : "-") },
    { header: "result", cell: (e) => result(e.name) },
  ];
  const reports: Column<ReportsResult>[] = [
    { header: "reports (at once)", cell: (r) => r.name },
    { header: "n", cell: (r) => String(r.n), align: right },
    { header: "all printed ms", cell: (r) => fixed(r.totalMs, 0), align: right },
    { header: "again (cached) ms", cell: (r) => fixed(r.againMs, 0), align: right },
    { header: "peak PSS growth MiB (server + Chromium)", cell: (r) => mib(r.peakPssGrowthBytes), align: right },
    { header: "budget", cell: () => `PSS < ${mib(BUDGETS.reportsPssGrowthBytes)} MiB` },
    { header: "result", cell: (r) => result(r.name) },
  ];
  const js: Column<RouteResult>[] = [
    { header: "route", cell: (r) => r.route },
    { header: "charts", cell: (r) => (r.charts ? "yes" : "no") },
    { header: "first-load JS KiB gzip", cell: (r) => kib(r.gzipBytes), align: right },
    { header: "budget KiB", cell: (r) => `<= ${kib(r.budgetBytes)}`, align: right },
    { header: "result", cell: (r) => result(r.route) },
  ];
  return [formatTable(scenarios, report.scenarios), formatTable(exports, report.exports), formatTable(reports, [report.reports]), formatTable(js, report.firstLoadJs)];
}

export function formatReport(report: BenchReport): string {
  const { checks, missed } = report.budgets;
  const summary = missed.length
    ? [`${missed.length} of ${checks.length} budgets MISSED:`, ...missed.map((c) => `  - ${describeCheck(c)}`)]
    : [`All ${checks.length} budgets met.`];
  return [
    `Benchmark of ${report.baseUrl} (build ${report.buildId}, commit ${report.commit.slice(0, 12)}${report.uncommittedChanges ? " + uncommitted changes" : ""}, Node ${report.node})`,
    ...tables(report).flatMap((table) => ["", table]),
    "",
    ...summary,
  ].join("\n");
}
