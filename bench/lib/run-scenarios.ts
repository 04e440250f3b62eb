// The load scenarios of one size, in order: the pages (GET, 20 warm-up then 300 measured requests,
// 16 at a time), three dashboards each read just after a change, autosave (saveAnswerAction as the
// questionnaire's JavaScript calls it) and submit (the no-JavaScript form, one per draft), each p95
// set against the baseline page's of the same run.
import type { HttpSession } from "../../testing/http-session";
import { actionId } from "../../testing/next-actions";
import { ratioBudget, type ScenarioKind } from "./budgets-rules";
import type { BenchManifest } from "./manifest";
import type { ScenarioResult } from "./report-print";
import { autosaveRequest } from "./run-autosave";
import { autosaveTargets, connect, draftCount, resetToDrafts, submittedWithSnapshot } from "./run-db";
import { DEFAULT_LOAD, expectStatus, runLoad, type LoadOptions, type RequestFn } from "./run-load";
import { submitFormFields, submitRequest, submitWarmupRequest } from "./run-submit";
import { ratioTo, type LatencySummary } from "./stats-latency";

export type Account = "council" | "cco" | "lead";

/** One reader at a time, each after its own change: fewer requests, as each computes the figures. */
const FIRST_READ_LOAD: LoadOptions = { warmup: 2, requests: 30, concurrency: 1 };
type Scenario = { name: string; kind: ScenarioKind; account: Account; method: "GET" | "POST"; path: string };
type Measured = { scenario: Scenario; load: LoadOptions; summary: LatencySummary };

function pageRequest(session: HttpSession, pathname: string): RequestFn {
  return async () => {
    await expectStatus(await session.fetch(pathname), [200], `GET ${pathname}`);
  };
}

async function measure(scenario: Scenario, load: LoadOptions, request: RequestFn, say: (line: string) => void, warmup?: RequestFn): Promise<Measured> {
  say(`  ${scenario.name}: ${scenario.method} ${scenario.path} as ${scenario.account} (${load.warmup} warm-up, ${load.requests} measured, ${load.concurrency} at a time)`);
  if (warmup && load.warmup > 0) await runLoad({ ...load, warmup: 0, requests: load.warmup }, warmup);
  const summary = await runLoad(warmup ? { ...load, warmup: 0 } : load, request);
  return { scenario, load, summary };
}

export async function measureScenarios(manifest: BenchManifest, sessions: Record<Account, HttpSession>, say: (line: string) => void): Promise<ScenarioResult[]> {
  const measured: Measured[] = [];
  const page = async (name: string, kind: ScenarioKind, account: Account, pathname: string) =>
    measured.push(await measure({ name, kind, account, method: "GET", path: pathname }, DEFAULT_LOAD, pageRequest(sessions[account], pathname), say));

  await page("baseline", "baseline", "council", "/account");
  await page("portfolio", "dashboard", "council", "/portfolio");
  await page("portfolio filtered", "dashboard", "council", `/portfolio?${manifest.portfolioFilter}`);
  await page("weakest practices", "dashboard", "council", "/portfolio/practices");
  await page("movers", "dashboard", "council", "/portfolio/movers");
  await page("executive brief", "dashboard", "council", "/portfolio/brief");
  await page("compare cycles", "dashboard", "cco", `/portfolio/compare?program=${manifest.progressProgramId}`);
  await page("results", "page", "council", `/assessments/${manifest.resultsAssessmentId}/results`);
  await page("cco overview", "dashboard", "cco", "/cco");
  await page("program progress", "dashboard", "cco", `/programs/${manifest.progressProgramId}/progress`);

  const client = await connect(manifest.databaseUrl);
  try {
    // What the first reader after a change (an acceptance, a target) waits for: the revision moves as
    // such a change moves it, then one reader asks, so every request computes the figures again.
    const firstRead = async (name: string, pathname: string) => {
      const read = pageRequest(sessions.council, pathname);
      const request: RequestFn = async (ctx) => {
        await client.query(`UPDATE "PortfolioRevision" SET "revision" = gen_random_uuid() WHERE "id" = 1`);
        await read(ctx);
      };
      measured.push(await measure({ name, kind: "first read", account: "council", method: "GET", path: pathname }, FIRST_READ_LOAD, request, say));
    };
    await firstRead("portfolio, first read after a change", "/portfolio");
    await firstRead("weakest practices, first read after a change", "/portfolio/practices");
    await firstRead("movers, first read after a change", "/portfolio/movers");

    const targets = await autosaveTargets(client, manifest.autosave);
    const saveAction = await actionId("lib/actions/answers.ts", "saveAnswerAction");
    measured.push(
      await measure(
        { name: "autosave", kind: "autosave", account: "lead", method: "POST", path: "/assessments/:id/disciplines/:key (Next-Action)" },
        DEFAULT_LOAD,
        autosaveRequest(sessions.lead, saveAction, targets, DEFAULT_LOAD.concurrency),
        say,
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
        say,
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
