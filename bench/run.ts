// npm run bench: load-tests the production build on the database `npm run bench:seed` made, and
// checks the budgets. Prints the tables, writes them as JSON to .data/bench-results.json and
// docs/benchmark/latest.json, and exits 1 when a budget is missed (or anything went wrong).
//
// In this order, on one `next start` signed in over HTTP as the manifest's accounts:
//   exports          the portfolio and raw answers CSVs, one at a time, with the server's memory
//   reports          six report PDFs at once, then again (cached), with the server's and Chromium's memory
//   page scenarios   GET, 20 warm-up then 300 measured requests, 16 at a time
//   autosave         saveAnswerAction over HTTP as the questionnaire's JavaScript calls it
//   submit           submitAssessmentAction as the no-JavaScript form posts it, one per draft
// then first-load JS per route from the build, gzip.
import { execFileSync } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { benchDatabase } from "../scripts/lib/app-database";
import { openDatabase, type Database } from "../scripts/lib/database";
import { projectRoot } from "../scripts/lib/schema-engine";
import { buildIfStale } from "../scripts/lib/serve";
import { signIn, type HttpSession } from "../testing/http-session";
import { actionId } from "../testing/next-actions";
import { evaluateBudgets, jsBudget, ratioBudget, type ScenarioKind } from "./lib/budgets-rules";
import { firstLoadJs } from "./lib/bundle-sizes";
import { acceptedAssessmentIds, autosaveTargets, connect, draftCount, resetToDrafts, submittedWithSnapshot } from "./lib/run-db";
import { loadManifest, type BenchManifest } from "./lib/manifest";
import { formatReport, type BenchReport, type ExportResult, type ScenarioResult } from "./lib/report-print";
import { autosaveRequest } from "./lib/run-autosave";
import { measureExport } from "./lib/run-exports";
import { measureReports, type ReportsResult } from "./lib/run-reports";
import { DEFAULT_LOAD, expectStatus, runLoad, type LoadOptions, type RequestFn } from "./lib/run-load";
import { startServer, type RunningServer } from "./lib/run-server";
import { submitFormFields, submitRequest, submitWarmupRequest } from "./lib/run-submit";
import { ratioTo, type LatencySummary } from "./lib/stats-latency";

const PORT = 3300;
const EXPORT_RUNS = 3;
const MIN_RAW_ANSWER_ROWS = 80_000;
const outputs = [path.join(projectRoot, ".data/bench-results.json"), path.join(projectRoot, "docs/benchmark/latest.json")];

const say = (line: string) => console.log(line);
type Account = "council" | "cco" | "lead";

/** The manifest's database is the embedded bench cluster: start it (as it is, not fresh). */
function isBenchCluster(url: string): boolean {
  const u = new URL(url);
  return ["localhost", "127.0.0.1", "[::1]"].includes(u.hostname) && u.port === String(benchDatabase.port);
}

function gitState(): { commit: string; uncommittedChanges: boolean } {
  const git = (...args: string[]) => execFileSync("git", args, { cwd: projectRoot, encoding: "utf8" }).trim();
  try {
    return { commit: git("rev-parse", "HEAD"), uncommittedChanges: git("status", "--porcelain").length > 0 };
  } catch {
    return { commit: "unknown", uncommittedChanges: true };
  }
}

function pageRequest(session: HttpSession, pathname: string): RequestFn {
  return async () => {
    await expectStatus(await session.fetch(pathname), [200], `GET ${pathname}`);
  };
}

async function measure(
  scenario: { name: string; kind: ScenarioKind; account: Account; method: "GET" | "POST"; path: string },
  load: LoadOptions,
  request: RequestFn,
  warmup?: RequestFn,
): Promise<{ scenario: typeof scenario; load: LoadOptions; summary: LatencySummary }> {
  say(`  ${scenario.name}: ${scenario.method} ${scenario.path} as ${scenario.account} (${load.warmup} warm-up, ${load.requests} measured, ${load.concurrency} at a time)`);
  if (warmup && load.warmup > 0) await runLoad({ ...load, warmup: 0, requests: load.warmup }, warmup);
  const summary = await runLoad(warmup ? { ...load, warmup: 0 } : load, request);
  return { scenario, load, summary };
}

async function runScenarios(manifest: BenchManifest, sessions: Record<Account, HttpSession>, databaseUrl: string): Promise<ScenarioResult[]> {
  const measured: Awaited<ReturnType<typeof measure>>[] = [];
  const page = async (name: string, kind: ScenarioKind, account: Account, pathname: string) =>
    measured.push(await measure({ name, kind, account, method: "GET", path: pathname }, DEFAULT_LOAD, pageRequest(sessions[account], pathname)));

  await page("baseline", "baseline", "council", "/account");
  await page("portfolio", "page", "council", "/portfolio");
  await page("portfolio filtered", "page", "council", `/portfolio?${manifest.portfolioFilter}`);
  await page("weakest practices", "page", "council", "/portfolio/practices");
  await page("movers", "page", "council", "/portfolio/movers");
  await page("executive brief", "page", "council", "/portfolio/brief");
  await page("compare cycles", "page", "cco", `/portfolio/compare?program=${manifest.progressProgramId}`);
  await page("results", "page", "council", `/assessments/${manifest.resultsAssessmentId}/results`);
  await page("cco overview", "page", "cco", "/cco");
  await page("program progress", "page", "cco", `/programs/${manifest.progressProgramId}/progress`);

  const client = await connect(databaseUrl);
  try {
    const targets = await autosaveTargets(client, manifest.autosave);
    const saveAction = await actionId("lib/actions/answers.ts", "saveAnswerAction");
    measured.push(
      await measure(
        { name: "autosave", kind: "autosave", account: "lead", method: "POST", path: "/assessments/:id/disciplines/:key (Next-Action)" },
        DEFAULT_LOAD,
        autosaveRequest(sessions.lead, saveAction, targets, DEFAULT_LOAD.concurrency),
      ),
    );

    await resetToDrafts(client, manifest.submit);
    const fields = await submitFormFields(sessions.lead, manifest.submit[0]!);
    const submitLoad = { ...DEFAULT_LOAD, requests: manifest.submit.length };
    measured.push(
      await measure(
        { name: "submit", kind: "action", account: "lead", method: "POST", path: "/assessments/:id/check (no-JS form)" },
        submitLoad,
        submitRequest(sessions.lead, fields, manifest.submit),
        submitWarmupRequest(sessions.lead, fields, manifest.submit[0]!),
      ),
    );
    const after = await submittedWithSnapshot(client, manifest.submit);
    if (after.submitted !== manifest.submit.length || after.withSnapshot !== manifest.submit.length) {
      throw new Error(`After the submit scenario ${after.submitted} of ${manifest.submit.length} are SUBMITTED and ${after.withSnapshot} have a ScoreSnapshot`);
    }
    if ((await draftCount(client, manifest.submit)) !== 0) throw new Error("Some submit assessments are still drafts");
  } finally {
    await client.end();
  }

  const baseline = measured.find((m) => m.scenario.kind === "baseline")!.summary.p95Ms;
  return measured.map(({ scenario, load, summary }) => ({
    ...scenario,
    n: summary.n,
    concurrency: load.concurrency,
    requestsPerSecond: summary.requestsPerSecond,
    p50Ms: summary.p50Ms,
    p95Ms: summary.p95Ms,
    meanMs: summary.meanMs,
    maxMs: summary.maxMs,
    ratio: ratioTo(summary.p95Ms, baseline),
    budgetRatio: ratioBudget(scenario.kind),
  }));
}

/** An agency no program belongs to: the warm-up downloads load the route's code and send no rows. */
const NO_AGENCY = "00000000-0000-0000-0000-000000000000";

async function runExports(manifest: BenchManifest, council: HttpSession, serverPid: number): Promise<ExportResult[]> {
  const cycle = encodeURIComponent(manifest.rawAnswersCycle);
  const exports = [
    { name: "portfolio CSV", kind: "portfolio" as const, path: "/portfolio/export/portfolio.csv", warm: `/portfolio/export/portfolio.csv?agency=${NO_AGENCY}` },
    { name: "raw answers CSV", kind: "raw-answers" as const, path: `/portfolio/export/answers.csv?cycle=${cycle}`, warm: `/portfolio/export/answers.csv?agency=${NO_AGENCY}` },
  ];
  const results: ExportResult[] = [];
  for (const e of exports) {
    say(`  ${e.name}: GET ${e.path} as council, ${EXPORT_RUNS} runs one at a time`);
    // Loads the route's code with an empty download, so the runs measure the export, not a cold start.
    await expectStatus(await council.fetch(e.warm), [200], `GET ${e.warm}`);
    const runs = [];
    for (let i = 0; i < EXPORT_RUNS; i++) runs.push(await measureExport(council, e.path, serverPid));
    const rows = runs.map((r) => r.dataRows);
    if (new Set(rows).size !== 1) throw new Error(`${e.name}: the runs streamed different numbers of rows (${rows.join(", ")})`);
    if (e.kind === "raw-answers" && rows[0]! < MIN_RAW_ANSWER_ROWS) throw new Error(`${e.name}: ${rows[0]} rows, expected at least ${MIN_RAW_ANSWER_ROWS}`);
    const totals = runs.map((r) => r.totalMs).sort((a, b) => a - b);
    results.push({
      ...e,
      runs,
      ttfbMs: Math.max(...runs.map((r) => r.ttfbMs)),
      totalMs: totals[Math.floor(totals.length / 2)]!,
      dataRows: rows[0]!,
      bytes: runs[0]!.bytes,
      peakRssGrowthBytes: Math.max(...runs.map((r) => r.peakRssGrowthBytes)),
    });
  }
  return results;
}

/** As many reports as the server prints at once and lets wait (lib/pdf/render-report.ts): none is refused. */
const REPORTS_AT_ONCE = 6;

async function runReports(databaseUrl: string, council: HttpSession, serverPid: number): Promise<ReportsResult> {
  const client = await connect(databaseUrl);
  const ids = await acceptedAssessmentIds(client, REPORTS_AT_ONCE).finally(() => client.end());
  say(`  report PDFs: ${REPORTS_AT_ONCE} at once as council, then the same again`);
  return measureReports(council, ids.map((id) => `/assessments/${id}/report.pdf`), serverPid);
}

let interruptedBy: NodeJS.Signals | null = null;

async function main(): Promise<number> {
  const manifest = await loadManifest();
  const cleanups: (() => Promise<void>)[] = [];
  // One clean-up at a time, awaited by every caller: an interrupt stops the server under a running
  // scenario, whose failure must not end the process before the server and database are stopped.
  let cleaning = Promise.resolve();
  const cleanUp = () => {
    cleaning = cleaning.then(async () => {
      for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch((error: unknown) => console.error(error));
    });
    return cleaning;
  };
  const interrupted = (signal: NodeJS.Signals) => {
    interruptedBy = signal;
    say(`${signal}: stopping the server and the database…`);
    void cleanUp().finally(() => process.exit(130));
  };
  process.once("SIGINT", interrupted);
  process.once("SIGTERM", interrupted);

  try {
    if (isBenchCluster(manifest.databaseUrl)) {
      delete process.env.DATABASE_URL; // openDatabase would hand it back instead of starting the cluster
      const db: Database = await openDatabase(benchDatabase);
      cleanups.push(db.stop);
      say(`Embedded bench PostgreSQL is running on port ${benchDatabase.port}.`);
    }
    await buildIfStale(say);
    const buildId = (await readFile(path.join(projectRoot, ".next/BUILD_ID"), "utf8")).trim();

    say(`Starting next start on port ${PORT}…`);
    const server: RunningServer = await startServer({ port: PORT, databaseUrl: manifest.databaseUrl, say });
    cleanups.push(server.stop);

    const sessions = {
      council: await signIn(server.url, manifest.accounts.council, manifest.password, { totpSecret: manifest.councilTotpSecret }),
      cco: await signIn(server.url, manifest.accounts.cco, manifest.password),
      lead: await signIn(server.url, manifest.accounts.lead, manifest.password),
    };
    say("Signed in as council, cco and lead. Scenarios:");
    // Exports first, on a fresh server: after the load scenarios its heap holds hundreds of MiB of
    // freed memory that an export could reuse without its resident size growing, hiding its cost.
    const exports = await runExports(manifest, sessions.council, server.pid);
    const reports = await runReports(manifest.databaseUrl, sessions.council, server.pid);
    const scenarios = await runScenarios(manifest, sessions, manifest.databaseUrl);
    await cleanUp();

    const firstLoad = (await firstLoadJs()).map((r) => ({ ...r, budgetBytes: jsBudget(r.charts) }));
    const budgets = evaluateBudgets({ scenarios, exports, reports, routes: firstLoad });
    const report: BenchReport = {
      generatedAt: new Date().toISOString(),
      ...gitState(),
      buildId,
      node: process.version,
      baseUrl: server.url,
      scenarios,
      exports,
      reports,
      firstLoadJs: firstLoad,
      budgets,
      pass: budgets.missed.length === 0,
    };
    say("");
    say(formatReport(report));
    for (const file of outputs) {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
    }
    say(`\nWritten to ${outputs.map((f) => path.relative(projectRoot, f)).join(" and ")}.`);
    return report.pass ? 0 : 1;
  } finally {
    await cleanUp();
  }
}

await main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (interruptedBy) process.exit(130); // the failure is the interrupt's doing
    console.error(`Benchmark failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
