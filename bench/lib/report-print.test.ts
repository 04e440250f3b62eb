import { describe, expect, it } from "vitest";
import { evaluateBudgets, KIB, MIB } from "./budgets-rules";
import { formatReport, type BenchReport } from "./report-print";

const scenario = { account: "council", method: "GET" as const, concurrency: 16, n: 300, requestsPerSecond: 100, p50Ms: 10, meanMs: 10, maxMs: 20, budgetRatio: null };

function report(portfolioP95: number): BenchReport {
  const scenarios = [
    { ...scenario, name: "baseline", kind: "baseline" as const, path: "/account", p95Ms: 10, ratio: 1 },
    { ...scenario, name: "portfolio", kind: "page" as const, path: "/portfolio", p95Ms: portfolioP95, ratio: portfolioP95 / 10, budgetRatio: 3 },
  ];
  const run = { headersMs: 5, ttfbMs: 6, totalMs: 100, bytes: 2 * 1024 * 1024, dataRows: 80_000, rssBeforeBytes: 0, peakRssBytes: 0, peakRssGrowthBytes: 0, rssSamples: 3 };
  const exports = [{ name: "raw answers CSV", kind: "raw-answers" as const, path: "/x", runs: [run], ttfbMs: 6, totalMs: 100, dataRows: 80_000, bytes: run.bytes, peakRssGrowthBytes: 0 }];
  const firstLoadJs = [{ route: "/portfolio", charts: true, chunks: 9, uncompressedBytes: 1, gzipBytes: 100 * KIB, budgetBytes: 250 * KIB }];
  const reports = { name: "report PDFs at once", n: 6, totalMs: 4000, againMs: 60, peakPssGrowthBytes: 300 * MIB };
  const budgets = evaluateBudgets({ scenarios, exports, reports, routes: firstLoadJs });
  return { generatedAt: "", commit: "abcdef1234567890", uncommittedChanges: true, buildId: "b1", node: "v20", baseUrl: "http://localhost:3300", scenarios, exports, reports, firstLoadJs, budgets, pass: budgets.missed.length === 0 };
}

describe("formatReport", () => {
  it("prints the four tables and that every budget was met", () => {
    const text = formatReport(report(20));
    expect(text).toContain("commit abcdef123456 + uncommitted changes");
    expect(text).toMatch(/portfolio\s+council\s+300\s+100\.0\s+10\.0\s+20\.0\s+2\.00x\s+<= 3x\s+pass/);
    expect(text).toMatch(/raw answers CSV\s+1\s+80000\s+2\.0\s+6\s+100\s+0\.0\s+TTFB < 1000 ms, RSS < 100 MiB\s+pass/);
    expect(text).toMatch(/report PDFs at once\s+6\s+4000\s+60\s+300\.0\s+PSS < 600\.0 MiB\s+pass/);
    expect(text).toMatch(/\/portfolio\s+yes\s+100\.0\s+<= 250\.0\s+pass/);
    expect(text).toMatch(/All 5 budgets met\.$/);
  });

  it("lists the missed budgets", () => {
    const text = formatReport(report(40));
    expect(text).toMatch(/portfolio .* FAIL/);
    expect(text).toContain("1 of 5 budgets MISSED:\n  - portfolio: p95 / baseline p95 4.00× (budget <= 3.00×) MISSED");
  });
});
