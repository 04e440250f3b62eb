import { describe, expect, it } from "vitest";
import { evaluateBudgets, growthRows, KIB, MIB } from "./budgets-rules";
import { formatReport, type BenchReport, type SizeFailure, type SizeResult } from "./report-print";

const scenario = { account: "council", method: "GET" as const, concurrency: 16, n: 300, requestsPerSecond: 100, p50Ms: 10, meanMs: 10, maxMs: 20, budgetRatio: null };
const run = { headersMs: 5, ttfbMs: 6, totalMs: 100, bytes: 2 * MIB, dataRows: 80_000, rssBeforeBytes: 0, peakRssBytes: 0, peakRssGrowthBytes: 0, rssSamples: 3 };

function size(programs: number, portfolioP95: number, database = ".data/bench"): SizeResult {
  const rows = programs * 40;
  return {
    programs,
    database,
    scenarios: [
      { ...scenario, name: "baseline", kind: "baseline", path: "/account", p95Ms: 10, ratio: 1 },
      { ...scenario, name: "portfolio", kind: "dashboard", path: "/portfolio", p95Ms: portfolioP95, ratio: portfolioP95 / 10, budgetRatio: 2 },
    ],
    exports: [
      { name: "raw answers CSV", kind: "raw-answers", format: "csv", path: "/x.csv", runs: [{ ...run, dataRows: rows }], ttfbMs: 6, totalMs: 100, dataRows: rows, bytes: run.bytes, peakRssGrowthBytes: 0 },
      { name: "raw answers XLSX", kind: "raw-answers", format: "xlsx", path: "/x.xlsx", runs: [{ ...run, dataRows: null }], ttfbMs: 900, totalMs: 950, dataRows: null, bytes: run.bytes, peakRssGrowthBytes: 150 * MIB },
    ],
    reports: { name: "report PDFs at once", n: 6, totalMs: 4000, againMs: 60, peakPssGrowthBytes: 300 * MIB },
  };
}

function report(sizes: SizeResult[], failed: SizeFailure[] = []): BenchReport {
  const firstLoadJs = [{ route: "/portfolio", charts: true, chunks: 9, uncompressedBytes: 1, gzipBytes: 100 * KIB, budgetBytes: 250 * KIB }];
  const growth = growthRows(sizes);
  const budgets = evaluateBudgets({ sizes, growth, routes: firstLoadJs });
  return {
    generatedAt: "",
    commit: "abcdef1234567890",
    uncommittedChanges: true,
    buildId: "b1",
    node: "v20",
    baseUrl: "http://localhost:3300",
    sizes,
    failed,
    growth,
    firstLoadJs,
    budgets,
    pass: budgets.missed.length === 0 && failed.length === 0,
  };
}

describe("formatReport", () => {
  it("prints each size's tables under its heading, the growth between sizes, and first-load JS once", () => {
    const text = formatReport(report([size(2_000, 20), size(20_000, 25, ".data/bench-20000")]));
    expect(text).toContain("at 2,000 and 20,000 programs (build b1, commit abcdef123456 + uncommitted changes, Node v20)");
    const small = text.slice(text.indexOf("=== 2,000 programs (.data/bench) ==="), text.indexOf("=== 20,000 programs"));
    const large = text.slice(text.indexOf("=== 20,000 programs (.data/bench-20000) ==="), text.indexOf("=== Across sizes"));
    expect(small).toMatch(/portfolio\s+council\s+300\s+100\.0\s+10\.0\s+20\.0\s+2\.00x\s+<= 2x\s+pass/);
    expect(small).toMatch(/raw answers CSV\s+1\s+80000\s+2\.0\s+6\s+100\s+0\.0\s+TTFB < 1000 ms, RSS < 100\.0 MiB\s+pass/);
    expect(small).toMatch(/raw answers XLSX\s+1\s+-\s+2\.0\s+900\s+950\s+150\.0\s+RSS < 100\.0 MiB\s+FAIL/);
    expect(small).toMatch(/report PDFs at once\s+6\s+4000\s+60\s+300\.0\s+PSS < 600\.0 MiB\s+pass/);
    expect(large).toMatch(/portfolio\s+council\s+300\s+100\.0\s+10\.0\s+25\.0\s+2\.50x\s+<= 2x\s+FAIL/);
    expect(large).toMatch(/raw answers CSV\s+1\s+800000\s/);
    expect(text).toMatch(/=== Across sizes: each page's p95 against its p95 at 2,000 programs, same run ===\n\nscenario .* p95 ms at 2,000/);
    expect(text).toMatch(/baseline\s+20,000\s+10\.0\s+10\.0\s+1\.00x\s+-\s+-/);
    expect(text).toMatch(/portfolio\s+20,000\s+25\.0\s+20\.0\s+1\.25x\s+<= 1\.3x\s+pass/);
    expect(text.match(/first-load JS KiB gzip/g)).toHaveLength(1);
    expect(text).toMatch(/\/portfolio\s+yes\s+100\.0\s+<= 250\.0\s+pass/);
  });

  it("lists the missed budgets with their size", () => {
    const text = formatReport(report([size(2_000, 20), size(20_000, 30)]));
    expect(text).toContain(
      [
        "4 of 12 budgets MISSED:",
        "  - [2,000 programs] raw answers XLSX: peak server RSS growth 150.0 MiB (budget < 100.0 MiB) MISSED",
        "  - [20,000 programs] portfolio: p95 / baseline p95 3.00× (budget <= 2.00×) MISSED",
        "  - [20,000 programs] raw answers XLSX: peak server RSS growth 150.0 MiB (budget < 100.0 MiB) MISSED",
        "  - [20,000 programs vs 2,000] portfolio: p95 / its p95 at 2,000 programs 1.50× (budget <= 1.30×) MISSED",
      ].join("\n"),
    );
  });

  it("says when there is nothing to compare across sizes, and which size failed", () => {
    const text = formatReport(report([size(20_000, 20, ".data/bench-20000")], [{ programs: 2_000, error: "next start exited" }]));
    expect(text).toContain("at 20,000 programs");
    expect(text).toContain("=== Across sizes: nothing to compare (needs 2,000 programs and a larger size in the same run) ===");
    expect(text).toContain("FAILED at 2,000 programs: next start exited");
  });
});
