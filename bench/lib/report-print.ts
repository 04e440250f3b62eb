// The benchmark's report: its shape (also the JSON written) and its printed form. Pure.
import { describeCheck, type BudgetCheck, type ScenarioKind } from "./budgets-rules";
import { fixed, formatTable, kib, mib } from "./report-table";
import type { ExportRun } from "./run-exports";

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
  firstLoadJs: RouteResult[];
  budgets: { checks: BudgetCheck[]; missed: BudgetCheck[] };
  pass: boolean;
};

const verdict = (checks: readonly BudgetCheck[], subject: string, measure?: string) => {
  const mine = checks.filter((c) => c.subject === subject && (!measure || c.measure.startsWith(measure)));
  if (!mine.length) return "-";
  return mine.every((c) => c.pass) ? "pass" : "FAIL";
};

export function formatReport(report: BenchReport): string {
  const { checks } = report.budgets;
  const scenarios = formatTable(
    [
      { header: "scenario" },
      { header: "as" },
      { header: "n", align: "right" },
      { header: "req/s", align: "right" },
      { header: "p50 ms", align: "right" },
      { header: "p95 ms", align: "right" },
      { header: "ratio", align: "right" },
      { header: "budget", align: "right" },
      { header: "result" },
    ],
    report.scenarios.map((s) => [
      s.name,
      s.account,
      String(s.n),
      fixed(s.requestsPerSecond, 1),
      fixed(s.p50Ms, 1),
      fixed(s.p95Ms, 1),
      `${fixed(s.ratio, 2)}x`,
      s.budgetRatio === null ? "-" : `<= ${s.budgetRatio}x`,
      s.kind === "baseline" ? "baseline" : verdict(checks, s.name),
    ]),
  );
  const exports = formatTable(
    [
      { header: "export (sequential)" },
      { header: "runs", align: "right" },
      { header: "rows", align: "right" },
      { header: "MiB", align: "right" },
      { header: "TTFB ms (worst)", align: "right" },
      { header: "total ms (median)", align: "right" },
      { header: "peak RSS growth MiB (worst)", align: "right" },
      { header: "budget" },
      { header: "result" },
    ],
    report.exports.map((e) => [
      e.name,
      String(e.runs.length),
      String(e.dataRows),
      mib(e.bytes),
      fixed(e.ttfbMs, 0),
      fixed(e.totalMs, 0),
      mib(e.peakRssGrowthBytes),
      e.kind === "raw-answers" ? "TTFB < 1000 ms, RSS < 100 MiB" : "-",
      verdict(checks, e.name),
    ]),
  );
  const js = formatTable(
    [
      { header: "route" },
      { header: "charts" },
      { header: "first-load JS KiB gzip", align: "right" },
      { header: "budget KiB", align: "right" },
      { header: "result" },
    ],
    report.firstLoadJs.map((r) => [r.route, r.charts ? "yes" : "no", kib(r.gzipBytes), `<= ${kib(r.budgetBytes)}`, verdict(checks, r.route)]),
  );
  const missed = report.budgets.missed;
  const summary = missed.length
    ? [`${missed.length} of ${checks.length} budgets MISSED:`, ...missed.map((c) => `  - ${describeCheck(c)}`)]
    : [`All ${checks.length} budgets met.`];
  return [
    `Benchmark of ${report.baseUrl} (build ${report.buildId}, commit ${report.commit.slice(0, 12)}${report.uncommittedChanges ? " + uncommitted changes" : ""}, Node ${report.node})`,
    "",
    scenarios,
    "",
    exports,
    "",
    js,
    "",
    ...summary,
  ].join("\n");
}
