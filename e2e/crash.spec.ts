// The app server crashes (SIGKILL) in the middle of a write: after a restart the data is either
// fully written or not at all, and the same write, sent again, lands exactly once.
//
// "In the middle" is made deterministic with PostgreSQL's own locks: the test's connection holds a
// table lock that the app's transaction needs after its first writes, waits until the app's backend
// is seen blocked on it (having written the rows before), kills the app, then lets go of the lock.
import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import type { PrismaClient } from "../lib/db/generated/client";
import { crashDatabase } from "../scripts/lib/app-database";
import { actionForm } from "../testing/next-actions";
import { signIn } from "./fixtures";
import { startOwnApp, type OwnApp } from "./own-app";
import { createAgencyWithProgram, createDraft, createUsers, OWN_APP_PASSWORD, seedModelAndOpenCycle } from "./own-app-data";

const LEAD = "lead.crash@example.gov";
const ADMIN = "admin.crash@example.gov";

test.describe.configure({ mode: "serial" });

async function seed(prisma: PrismaClient) {
  const base = await seedModelAndOpenCycle(prisma);
  const { programId } = await createAgencyWithProgram(prisma, "Crash Agency", "CRA");
  await createAgencyWithProgram(prisma, "Second Crash Agency", "CRB");
  const [lead] = await createUsers(prisma, [
    { email: LEAD, name: "Crash Lead", role: "LEAD", programId },
    { email: ADMIN, name: "Crash Admin", role: "ADMIN" },
  ]);
  const assessmentId = await createDraft(prisma, base, programId, lead!.id);
  return { assessmentId, leadId: lead!.id };
}

let app: OwnApp<Awaited<ReturnType<typeof seed>>>;

test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(240_000);
  app = await startOwnApp({ database: crashDatabase, ports: [Number(new URL(String(testInfo.project.use.baseURL)).port)], seed });
});

test.afterAll(async () => {
  await app?.close();
});

/** A connection of the test's own holding `LOCK TABLE … IN EXCLUSIVE MODE` (reads pass, writes wait) in an open transaction. */
async function lockTable(table: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: app.databaseUrl });
  await client.connect();
  await client.query("BEGIN");
  await client.query(`LOCK TABLE "${table}" IN EXCLUSIVE MODE`);
  return client;
}

/**
 * The app's backend that waits for the lock on `table`, once it holds write locks on every table of
 * `written` (it has written to them in the same transaction): its pid.
 */
async function blockedWriter(locker: pg.Client, table: string, written: string[]): Promise<number> {
  let pid = 0;
  await expect
    .poll(
      async () => {
        const waiting = await locker.query<{ pid: number }>(
          `SELECT pid FROM pg_locks WHERE locktype = 'relation' AND relation = $1::regclass AND NOT granted AND pid <> pg_backend_pid()`,
          [`"${table}"`],
        );
        pid = waiting.rows[0]?.pid ?? 0;
        if (!pid) return [];
        const held = await locker.query<{ name: string }>(
          `SELECT DISTINCT relation::regclass::text AS name FROM pg_locks WHERE pid = $1 AND locktype = 'relation' AND granted AND mode = 'RowExclusiveLock'`,
          [pid],
        );
        return held.rows.map((r) => r.name.replaceAll('"', "")).filter((name) => written.includes(name)).sort();
      },
      { timeout: 20_000, intervals: [50] },
    )
    .toEqual([...written].sort());
  return pid;
}

/** Whether backend `pid` still exists and waits for a lock. */
async function waitingForLock(locker: pg.Client, pid: number): Promise<boolean> {
  const found = await locker.query(`SELECT 1 FROM pg_stat_activity WHERE pid = $1 AND wait_event_type = 'Lock'`, [pid]);
  return found.rowCount === 1;
}

/** Lets go of the lock, then waits until the dead app's backend has noticed and ended (rolling back). */
async function releaseAndWaitForBackendGone(locker: pg.Client, pid: number) {
  await locker.query("ROLLBACK");
  await expect
    .poll(async () => (await locker.query(`SELECT 1 FROM pg_stat_activity WHERE pid = $1`, [pid])).rowCount, { timeout: 20_000 })
    .toBe(0);
  await locker.end();
}

/** The check page's submit form as a browser without scripts posts it: React's hidden `$ACTION_…` fields. */
async function submitActionFields(page: Page, assessmentId: string) {
  const html = await (await page.request.get(`/assessments/${assessmentId}/check`)).text();
  return actionForm(html, "submitKey").actionFields;
}

/** Posts the submit form with `submitKey`: the retry a browser makes when the first answer never came. */
async function postSubmit(page: Page, fields: { name: string; value: string }[], assessmentId: string, submitKey: string) {
  const multipart: Record<string, string> = Object.fromEntries(fields.map((f) => [f.name, f.value]));
  const response = await page.request.post(`/assessments/${assessmentId}/check`, {
    multipart: { ...multipart, assessmentId, submitKey },
    headers: { Origin: app.urls[0]! },
    maxRedirects: 0,
  });
  return response;
}

test("a submit cut off by a crash leaves a draft; the same submit, retried from the page, lands once", async ({ page }) => {
  test.setTimeout(180_000);
  const { assessmentId } = app.seeded;
  const audits = () => app.db().auditEvent.count({ where: { entityId: assessmentId, action: "assessment.submit" } });

  await signIn(page, LEAD, OWN_APP_PASSWORD);
  await expect(page).toHaveURL("/lead");
  await page.goto(`/assessments/${assessmentId}/check`);
  await expect(page.getByText("Every practice is answered.")).toBeVisible();
  const submitKey = await page.locator("input[name=submitKey]").inputValue();
  const actionFields = await submitActionFields(page, assessmentId);

  // The submit's transaction updates the assessment, writes the score snapshot, then the audit event:
  // it stops at the audit event, with the first two written (uncommitted).
  const locker = await lockTable("AuditEvent");
  await page.getByRole("button", { name: "Submit for council review" }).click();
  const pid = await blockedWriter(locker, "AuditEvent", ["Assessment", "ScoreSnapshot"]);
  await app.killApp(0);
  // The crash came in the middle: the transaction is still open, its backend still waiting.
  expect(await waitingForLock(locker, pid)).toBe(true);
  await releaseAndWaitForBackendGone(locker, pid);

  // Nothing half-written.
  const after = await app.db().assessment.findUniqueOrThrow({ where: { id: assessmentId }, select: { status: true, version: true, submitKey: true, submittedAt: true } });
  expect(after).toEqual({ status: "DRAFT", version: 1, submitKey: null, submittedAt: null });
  expect(await app.db().scoreSnapshot.count({ where: { assessmentId } })).toBe(0);
  expect(await audits()).toBe(0);

  await app.startApp(0);
  // The page that was open met the crash ("Something went wrong"); its "Try again" shows the same
  // form again, with the same submit key, and the person submits once more.
  await expect(page.getByRole("heading", { level: 1, name: "Something went wrong" })).toBeVisible();
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.locator("input[name=submitKey]")).toHaveValue(submitKey);
  await page.getByRole("button", { name: "Submit for council review" }).click();
  await expect(page).toHaveURL(`/assessments/${assessmentId}/results?submitted=1`);

  const submitted = await app.db().assessment.findUniqueOrThrow({ where: { id: assessmentId }, select: { status: true, version: true, submitKey: true } });
  expect(submitted).toEqual({ status: "SUBMITTED", version: 2, submitKey });
  expect(await app.db().scoreSnapshot.count({ where: { assessmentId } })).toBe(1);
  expect(await audits()).toBe(1);

  // A third time (a resend whose answer was lost too): recognised as this submission, nothing new.
  const third = await postSubmit(page, actionFields, assessmentId, submitKey);
  expect(third.status()).toBe(303);
  expect(third.headers().location).toContain(`/assessments/${assessmentId}/results?submitted=1`);
  expect(await audits()).toBe(1);
  expect(await app.db().assessment.findUniqueOrThrow({ where: { id: assessmentId }, select: { version: true } })).toEqual({ version: 2 });
});

test("a program import cut off by a crash writes no program; run again, it imports each once", async ({ page }) => {
  test.setTimeout(180_000);
  const suffix = crypto.randomUUID().slice(0, 6);
  const names = [`Crash Import One ${suffix}`, `Crash Import Two ${suffix}`, `Crash Import Three ${suffix}`];
  // Rows one and two have no leads; row three has one, so the import stops at its membership, after
  // writing three programs and two audit events.
  const csv = `agency,program,lead emails\nCRA,${names[0]},\nCRB,${names[1]},\nCrash Agency,${names[2]},${LEAD}\n`;
  const imported = () => app.db().program.findMany({ where: { name: { in: names } }, select: { name: true }, orderBy: { name: "asc" } });
  const importAudits = () => app.db().auditEvent.count({ where: { action: "program.import", after: { path: ["name"], string_contains: suffix } } });

  const checkFile = async () => {
    await page.goto("/admin/organizations/import");
    await page.getByLabel("Or paste the CSV").fill(csv);
    await page.getByRole("button", { name: "Check the file" }).click();
    await expect(page.getByRole("table", { name: "Programs to import" }).getByRole("row")).toHaveCount(4);
  };

  await signIn(page, ADMIN, OWN_APP_PASSWORD);
  await expect(page).toHaveURL("/admin");
  await checkFile();

  const locker = await lockTable("ProgramMembership");
  await page.getByRole("button", { name: "Import 3 programs" }).click();
  const pid = await blockedWriter(locker, "ProgramMembership", ["AuditEvent", "Program"]);
  await app.killApp(0);
  expect(await waitingForLock(locker, pid)).toBe(true);
  await releaseAndWaitForBackendGone(locker, pid);

  expect(await imported()).toEqual([]);
  expect(await importAudits()).toBe(0);

  await app.startApp(0);
  await checkFile();
  await page.getByRole("button", { name: "Import 3 programs" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Imported 3 programs." })).toBeVisible();
  expect((await imported()).map((p) => p.name)).toEqual([...names].sort());
  expect(await importAudits()).toBe(3);
  const three = await app.db().program.findFirstOrThrow({ where: { name: names[2] }, select: { memberships: { select: { user: { select: { email: true } } } } } });
  expect(three.memberships).toEqual([{ user: { email: LEAD } }]);
});
