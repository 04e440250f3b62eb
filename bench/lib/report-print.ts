// The benchmark's report: its shape (also the JSON written) and its printed form, every size measured
// in one run, the growth between them and the build's first-load JS. Pure.
import {
  BUDGETS,
  BUILD_SCOPE,
  describeCheck,
  growthScope,
  REFERENCE_PROGRAMS,
  sizeScope,
  type BudgetCheck,
  type GrowthRow,
  type ScenarioKind,
} from "./budgets-rules";
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
  format: "csv" | "xlsx";
  path: string;
  runs: ExportRun[];
  /** Worst of the runs. */
  ttfbMs: number;
  /** Median of the runs. */
  totalMs: number;
  /** CSV records after the header (the runs must agree); null for a workbook, whose rows are not counted. */
  dataRows: number | null;
  bytes: number;
  /** Worst of the runs. */
  peakRssGrowthBytes: number;
};

export type RouteResult = { route: string; charts: boolean; chunks: number; uncompressedBytes: number; gzipBytes: number; budgetBytes: number };

/** One portfolio size, measured on its own database and its own `next start`. */
export type SizeResult = {
  programs: number;
  /** Where its data lives: ".data/bench-20000" or "BENCH_DATABASE_URL". */
  database: string;
  scenarios: ScenarioResult[];
  exports: ExportResult[];
  reports: ReportsResult;
};

/** A size whose run stopped on an error: the sizes after it are still measured. */
export type SizeFailure = { programs: number; error: string };

export type BenchReport = {
  generatedAt: string;
  commit: string;
  uncommittedChanges: boolean;
  buildId: string;
  node: string;
  baseUrl: string;
  /** Smallest first. */
  sizes: SizeResult[];
  failed: SizeFailure[];
  growth: GrowthRow[];
  firstLoadJs: RouteResult[];
  budgets: { checks: BudgetCheck[]; missed: BudgetCheck[] };
  pass: boolean;
};

const right = "right" as const;
const count = (n: number) => n.toLocaleString("en-US");

function verdicts(checks: readonly BudgetCheck[], scope: string) {
  return (subject: string) => {
    const mine = checks.filter((c) => c.scope === scope && c.subject === subject);
    if (!mine.length) return "-";
    return mine.every((c) => c.pass) ? "pass" : "FAIL";
  };
}

function exportBudget(e: ExportResult): string {
  if (e.kind !== "raw-answers") return "-";
  const rss = `RSS < ${mib(BUDGETS.rawAnswersRssGrowthBytes)} MiB`;
  return e.format === "csv" ? `TTFB < ${BUDGETS.rawAnswersTtfbMs} ms, ${rss}` : rss;
}

function sizeTables(size: SizeResult, checks: readonly BudgetCheck[]): string[] {
  const result = verdicts(checks, sizeScope(size.programs));
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
    { header: "rows", cell: (e) => (e.dataRows === null ? "-" : String(e.dataRows)), align: right },
    { header: "MiB", cell: (e) => mib(e.bytes), align: right },
    { header: "TTFB ms (worst)", cell: (e) => fixed(e.ttfbMs, 0), align: right },
    { header: "total ms (median)", cell: (e) => fixed(e.totalMs, 0), align: right },
    { header: "peak RSS growth MiB (worst)", cell: (e) => mib(e.peakRssGrowthBytes), align: right },
    { header: "budget", cell: exportBudget },
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
  return [
    `=== ${sizeScope(size.programs)} (${size.database}) ===`,
    formatTable(scenarios, size.scenarios),
    formatTable(exports, size.exports),
    formatTable(reports, [size.reports]),
  ];
}

function growthTable(report: BenchReport): string[] {
  const reference = count(REFERENCE_PROGRAMS);
  if (!report.growth.length) return [`=== Across sizes: nothing to compare (needs ${reference} programs and a larger size in the same run) ===`];
  const columns: Column<GrowthRow>[] = [
    { header: "scenario", cell: (r) => r.name },
    { header: "programs", cell: (r) => count(r.programs), align: right },
    { header: "p95 ms", cell: (r) => fixed(r.p95Ms, 1), align: right },
    { header: `p95 ms at ${reference}`, cell: (r) => fixed(r.referenceP95Ms, 1), align: right },
    { header: "ratio", cell: (r) => `${fixed(r.ratio, 2)}x`, align: right },
    { header: "budget", cell: (r) => (r.budgetRatio === null ? "-" : `<= ${r.budgetRatio}x`), align: right },
    { header: "result", cell: (r) => (r.budgetRatio === null ? "-" : verdicts(report.budgets.checks, growthScope(r.programs))(r.name)) },
  ];
  return [`=== Across sizes: each page's p95 against its p95 at ${reference} programs, same run ===`, formatTable(columns, report.growth)];
}

function jsTable(report: BenchReport): string[] {
  const result = verdicts(report.budgets.checks, BUILD_SCOPE);
  const js: Column<RouteResult>[] = [
    { header: "route", cell: (r) => r.route },
    { header: "charts", cell: (r) => (r.charts ? "yes" : "no") },
    { header: "first-load JS KiB gzip", cell: (r) => kib(r.gzipBytes), align: right },
    { header: "budget KiB", cell: (r) => `<= ${kib(r.budgetBytes)}`, align: right },
    { header: "result", cell: (r) => result(r.route) },
  ];
  return ["=== First-load JS (the build, the same at every size) ===", formatTable(js, report.firstLoadJs)];
}

export function formatReport(report: BenchReport): string {
  const { checks, missed } = report.budgets;
  const measured = report.sizes.map((s) => count(s.programs));
  const failures = report.failed.map((f) => `FAILED at ${sizeScope(f.programs)}: ${f.error}`);
  const summary = missed.length
    ? [`${missed.length} of ${checks.length} budgets MISSED:`, ...missed.map((c) => `  - ${describeCheck(c)}`)]
    : [`All ${checks.length} budgets met.`];
  const sections = [...report.sizes.map((size) => sizeTables(size, checks)), growthTable(report), jsTable(report)];
  return [
    `Benchmark of ${report.baseUrl} at ${measured.join(" and ") || "no"} programs (build ${report.buildId}, commit ${report.commit.slice(0, 12)}${report.uncommittedChanges ? " + uncommitted changes" : ""}, Node ${report.node})`,
    ...sections.flatMap((tables) => tables.flatMap((table) => ["", table])),
    "",
    ...failures,
    ...summary,
  ].join("\n");
}
