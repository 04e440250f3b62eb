// Several stateless instances behind a load balancer: two `next start` of the production build on two
// ports over one PostgreSQL, sharing NEXTAUTH_SECRET and NEXT_SERVER_ACTIONS_ENCRYPTION_KEY and
// nothing else. Sessions, sign-in throttling, optimistic locking, idempotent submits and reviews must
// hold across both, because they live in PostgreSQL.
//
// Both instances answer on localhost (cookies do not depend on the port), so a browser that signs in
// on one sends the same cookie to the other, as behind one public name.
import { expect, test } from "@playwright/test";
import type { PrismaClient } from "../lib/db/generated/client";
import { PDF_CONCURRENCY, PDF_RETRY_AFTER_SECONDS, PDF_WAITING } from "../lib/pdf/print-queue";
import { API_REQUESTS_PER_MINUTE, hashToken, newTokenSecret, tokenPrefix } from "../lib/api/tokens";
import { MAX_FAILURES_PER_ACCOUNT, TOO_MANY_ATTEMPTS } from "../lib/auth/sign-in-limits";
import { scaleOutDatabase } from "../scripts/lib/app-database";
import { attemptSignIn, signIn as signInOverHttp, type HttpSession } from "../testing/http-session";
import { actionForm, actionFormData, actionId, postAction, saveAnswerOutcome, type FormField, type SaveOutcome } from "../testing/next-actions";
import { signIn } from "./fixtures";
import { startOwnApp, type OwnApp } from "./own-app";
import { createAgencyWithProgram, createDraft, createUsers, OWN_APP_PASSWORD, seedModelAndOpenCycle } from "./own-app-data";

const SECOND_PORT = 3502;
const LEADS = 20;
const leadEmail = (i: number) => `lead${String(i + 1).padStart(2, "0")}.scale@example.gov`;
const SESSION_LEAD = "lead.session.scale@example.gov";
/** More reports than are printed and waiting at once. */
const REPORTS = 12;
const LOCKED_LEAD = "lead.locked.scale@example.gov";

test.describe.configure({ mode: "serial" });

async function seed(prisma: PrismaClient) {
  const base = await seedModelAndOpenCycle(prisma);
  // One program with twenty leads and an empty draft, for the autosaves.
  const shared = await createAgencyWithProgram(prisma, "Scale Agency", "SCA");
  const leads = await createUsers(
    prisma,
    Array.from({ length: LEADS }, (_, i) => ({ email: leadEmail(i), name: `Scale Lead ${i + 1}`, role: "LEAD" as const, programId: shared.programId })),
  );
  const autosaveAssessmentId = await createDraft(prisma, base, shared.programId, leads[0]!.id, 0);
  // A program with a complete draft, for the double submit.
  const submitting = await createAgencyWithProgram(prisma, "Submit Agency", "SUA");
  const [submitter] = await createUsers(prisma, [{ email: "lead.submit.scale@example.gov", name: "Submit Lead", role: "LEAD", programId: submitting.programId }]);
  const submitAssessmentId = await createDraft(prisma, base, submitting.programId, submitter!.id);
  // A submission waiting for review, and two council members.
  const reviewing = await createAgencyWithProgram(prisma, "Review Agency", "REA");
  const [reviewed] = await createUsers(prisma, [{ email: "lead.review.scale@example.gov", name: "Review Lead", role: "LEAD", programId: reviewing.programId }]);
  const reviewAssessmentId = await createDraft(prisma, base, reviewing.programId, reviewed!.id);
  await prisma.assessment.update({ where: { id: reviewAssessmentId }, data: { status: "SUBMITTED", submittedAt: new Date(), submittedById: reviewed!.id, version: 2 } });
  const [councilOne] = await createUsers(prisma, [
    { email: "council.one.scale@example.gov", name: "Council One", role: "COUNCIL" },
    { email: "council.two.scale@example.gov", name: "Council Two", role: "COUNCIL" },
    // Of their own: one signs out, the other is locked out.
    { email: SESSION_LEAD, name: "Session Lead", role: "LEAD", programId: shared.programId },
    { email: LOCKED_LEAD, name: "Locked Lead", role: "LEAD", programId: shared.programId },
  ]);
  // Submitted assessments of programs of their own, for a burst of report PDFs.
  const reportIds: string[] = [];
  for (let i = 0; i < REPORTS; i++) {
    const { programId } = await createAgencyWithProgram(prisma, `Report Agency ${i + 1}`, `RPA${i + 1}`);
    const id = await createDraft(prisma, base, programId, leads[0]!.id);
    await prisma.assessment.update({ where: { id }, data: { status: "SUBMITTED", submittedAt: new Date(), submittedById: leads[0]!.id, version: 2 } });
    reportIds.push(id);
  }
  // An API token of council member one's, for the shared rate limit.
  const apiSecret = newTokenSecret();
  await prisma.apiToken.create({
    data: { userId: councilOne!.id, name: "scale-out", tokenHash: hashToken(apiSecret), prefix: tokenPrefix(apiSecret), expiresAt: new Date(Date.now() + 86_400_000) },
  });
  return { reportIds, apiSecret, practices: base.practices, autosaveAssessmentId, submitAssessmentId, submitterEmail: submitter!.email, reviewAssessmentId };
}

let app: OwnApp<Awaited<ReturnType<typeof seed>>>;

test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(300_000);
  const first = Number(new URL(String(testInfo.project.use.baseURL)).port);
  // Behind a load balancer, which appends the client's address to X-Forwarded-For.
  app = await startOwnApp({ database: scaleOutDatabase, ports: [first, SECOND_PORT], seed, env: { TRUSTED_PROXY_HOPS: "1" } });
});

test.afterAll(async () => {
  await app?.close();
});

const instance = (i: number) => app.urls[i % app.urls.length]!;

test("a session started on one instance works on the other, and signing out on either ends it on both", async ({ page, context }) => {
  const [one, two] = app.urls as [string, string];
  const email = SESSION_LEAD;
  await signIn(page, email, OWN_APP_PASSWORD);
  await expect(page).toHaveURL(`${one}/lead`);

  await page.goto(`${two}/lead`);
  await expect(page.getByRole("heading", { level: 1, name: "Your programs" })).toBeVisible();
  // A copy of the cookie, as someone who took it would keep it.
  const cookies = await context.cookies();
  expect(cookies.some((c) => /session-token$/.test(c.name))).toBe(true);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(`${two}/sign-in?signedOut=1`);
  const user = await app.db().user.findUniqueOrThrow({ where: { email }, select: { sessions: { select: { endedAt: true } } } });
  expect(user.sessions).toEqual([{ endedAt: expect.any(Date) }]);

  // The copied cookie, on the other instance: refused, back to sign-in.
  await context.addCookies(cookies);
  await page.goto(`${one}/lead`);
  await expect(page).toHaveURL(`${one}/sign-in`);
});

test("sign-in failures on both instances add up to one lockout, which the owner's usual address passes", async () => {
  const email = LOCKED_LEAD;
  // Behind the load balancer (TRUSTED_PROXY_HOPS=1), X-Forwarded-For's last entry is the client.
  const from = (address: string) => ({ "X-Forwarded-For": address });
  const attacker = from("203.0.113.51");
  const fail = async (i: number) => expect((await attemptSignIn(instance(i), email, "not-the-password-at-all", attacker)).error).toBe("CredentialsSignin");

  // One short of the limit, split across the instances: neither alone is near it, and both still let the right password in.
  for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT - 1; i++) await fail(i);
  for (const url of app.urls) expect((await attemptSignIn(url, email, OWN_APP_PASSWORD, from("198.51.100.1"))).error).toBeNull();

  await fail(1);
  // The tenth failure, wherever it happened, locks the account on every instance for any new address, right password or not…
  for (const url of app.urls) expect((await attemptSignIn(url, email, OWN_APP_PASSWORD, from("198.51.100.2"))).error).toBe(TOO_MANY_ATTEMPTS);
  for (const url of app.urls) expect((await attemptSignIn(url, email, OWN_APP_PASSWORD, attacker)).error).toBe(TOO_MANY_ATTEMPTS);
  // …but not for the address the owner signed in from before: a stranger cannot lock them out.
  for (const url of app.urls) expect((await attemptSignIn(url, email, OWN_APP_PASSWORD, from("198.51.100.1"))).error).toBeNull();
});

test("one API token's requests on both instances share one rate limit", async () => {
  // A burst within one clock minute: start early in a minute, so the count is not split across two.
  const second = new Date().getSeconds();
  if (second > 40) await new Promise((resolve) => setTimeout(resolve, (61 - second) * 1000));
  const burst = API_REQUESTS_PER_MINUTE + 5;
  const answers = await Promise.all(
    Array.from({ length: burst }, (_, i) => fetch(`${instance(i)}/api/v1/cycles`, { headers: { Authorization: `Bearer ${app.seeded.apiSecret}` } })),
  );
  const statuses = answers.map((r) => r.status);
  // Each instance took about half: counted per instance, every request would have passed.
  expect(statuses.filter((s) => s === 200)).toHaveLength(API_REQUESTS_PER_MINUTE);
  expect(statuses.filter((s) => s === 429)).toHaveLength(5);
  for (const refused of answers.filter((r) => r.status === 429)) expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
});

test("report PDFs are printed a few at a time: a burst gets a PDF for each it let in and 429 with Retry-After for the rest", async () => {
  test.setTimeout(120_000);
  const session = await signInOverHttp(instance(0), "council.one.scale@example.gov", OWN_APP_PASSWORD);
  const ask = async (id: string) => {
    const response = await session.fetch(`/assessments/${id}/report.pdf`);
    const body = Buffer.from(await response.arrayBuffer());
    return { id, status: response.status, type: response.headers.get("content-type"), retryAfter: response.headers.get("retry-after"), head: body.subarray(0, 5).toString() };
  };
  const answers = await Promise.all(app.seeded.reportIds.map(ask));
  const printed = answers.filter((a) => a.status === 200);
  const refused = answers.filter((a) => a.status === 429);
  expect(printed.length + refused.length, JSON.stringify(answers.map((a) => a.status))).toBe(REPORTS);
  // However fast the printing, those printing and waiting at once are always let in; past them, refused.
  expect(printed.length).toBeGreaterThanOrEqual(PDF_CONCURRENCY + PDF_WAITING);
  expect(refused.length).toBeGreaterThan(0);
  for (const answer of printed) expect(answer).toMatchObject({ type: "application/pdf", head: "%PDF-" });
  for (const answer of refused) expect(answer.retryAfter).toBe(String(PDF_RETRY_AFTER_SECONDS));
  // Asked again, one at a time, each of them arrives.
  for (const { id } of refused) expect(await ask(id)).toMatchObject({ status: 200, head: "%PDF-" });
});

/** Lead i's saveAnswerAction call, as the questionnaire's script makes it, on `session`'s instance. */
async function autosave(session: HttpSession, saveAction: string, input: { assessmentId: string; practiceId: string; disciplineKey: string; choice: string; evidenceNote: string }): Promise<SaveOutcome> {
  const { disciplineKey, ...answer } = input;
  const response = await postAction(session, `/assessments/${input.assessmentId}/disciplines/${disciplineKey}`, saveAction, {
    values: [{ ...answer, evidenceLinks: "", expectedVersion: 0 }],
  });
  const body = await response.text();
  expect(response.status, body.slice(0, 300)).toBe(200);
  return saveAnswerOutcome(body);
}

test("twenty leads autosave at once across both instances: different answers all save, the same answer saves once", async () => {
  test.setTimeout(180_000);
  const { autosaveAssessmentId: assessmentId, practices } = app.seeded;
  const saveAction = await actionId("lib/actions/answers.ts", "saveAnswerAction");
  // Twenty sessions, signed in alternately on each instance; each saves on the other one.
  const sessions = await Promise.all(Array.from({ length: LEADS }, (_, i) => signInOverHttp(instance(i), leadEmail(i), OWN_APP_PASSWORD)));
  const elsewhere = sessions.map((s, i) => s.at(instance(i + 1)));

  const different = await Promise.all(
    elsewhere.map((s, i) => autosave(s, saveAction, { assessmentId, practiceId: practices[i]!.id, disciplineKey: practices[i]!.disciplineKey, choice: "3", evidenceNote: `Lead ${i + 1}` })),
  );
  expect(different).toEqual(Array.from({ length: LEADS }, () => ({ kind: "saved", version: 1, choice: "3" })));
  expect(await app.db().answer.count({ where: { assessmentId, practiceId: { in: practices.slice(0, LEADS).map((p) => p.id) } } })).toBe(LEADS);

  // All from version 0 of one answer, each with different content: one wins, the others are shown theirs.
  const contested = practices[LEADS]!;
  const same = await Promise.all(
    elsewhere.map((s, i) => autosave(s, saveAction, { assessmentId, practiceId: contested.id, disciplineKey: contested.disciplineKey, choice: String((i % 5) + 1), evidenceNote: `Lead ${i + 1} was here` })),
  );
  expect(same.filter((o) => o.kind === "saved")).toHaveLength(1);
  expect(same.filter((o) => o.kind === "conflict")).toEqual(Array.from({ length: LEADS - 1 }, () => ({ kind: "conflict", theirVersion: 1 })));
  const winner = same.findIndex((o) => o.kind === "saved");
  const stored = await app.db().answer.findMany({ where: { assessmentId, practiceId: contested.id }, select: { version: true, evidenceNote: true } });
  expect(stored).toEqual([{ version: 1, evidenceNote: `Lead ${winner + 1} was here` }]);
  expect(await app.db().auditEvent.count({ where: { action: "answer.save", entityId: `${assessmentId}:${contested.id}` } })).toBe(1);
});

/** The check page's submit form as a browser without scripts posts it: React's hidden `$ACTION_…` fields, rendered by `session`'s instance. */
async function submitFormFields(session: HttpSession, assessmentId: string): Promise<FormField[]> {
  const page = await session.fetch(`/assessments/${assessmentId}/check`);
  expect(page.status).toBe(200);
  return actionForm(await page.text(), "submitKey").actionFields;
}

test("the same submit sent to both instances at once is one submission", async () => {
  const { submitAssessmentId: assessmentId, submitterEmail } = app.seeded;
  const session = await signInOverHttp(instance(0), submitterEmail, OWN_APP_PASSWORD);
  // The form comes from instance 1; its action runs on both.
  const fields = await submitFormFields(session, assessmentId);
  const submitKey = crypto.randomUUID();
  const post = (s: HttpSession) =>
    s.fetch(`/assessments/${assessmentId}/check`, { method: "POST", headers: { Origin: s.baseUrl }, body: actionFormData(fields, { assessmentId, submitKey }) });
  const answers = await Promise.all(app.urls.map((url) => post(session.at(url))));
  for (const answer of answers) {
    expect(answer.status).toBe(303);
    expect(answer.headers.get("location")).toContain(`/assessments/${assessmentId}/results?submitted=1`);
  }
  expect(await app.db().assessment.findUniqueOrThrow({ where: { id: assessmentId }, select: { status: true, version: true, submitKey: true } })).toEqual({
    status: "SUBMITTED",
    version: 2,
    submitKey,
  });
  expect(await app.db().auditEvent.count({ where: { entityId: assessmentId, action: "assessment.submit" } })).toBe(1);
  expect(await app.db().scoreSnapshot.count({ where: { assessmentId } })).toBe(1);
});

test("two council members deciding the same submission at once on different instances make one review", async ({ browser }) => {
  const { reviewAssessmentId: assessmentId } = app.seeded;
  const members = ["council.one.scale@example.gov", "council.two.scale@example.gov"];
  const pages = await Promise.all(
    members.map(async (email, i) => {
      const page = await (await browser.newContext({ baseURL: instance(i) })).newPage();
      await signIn(page, email, OWN_APP_PASSWORD);
      await expect(page).toHaveURL(`${instance(i)}/council`);
      await page.goto(`/council/review/${assessmentId}`);
      await page.locator("label", { hasText: "Accept: the levels are supported by the evidence" }).click();
      return page;
    }),
  );
  await Promise.all(pages.map((page) => page.getByRole("button", { name: "Record decision" }).click()));

  const recorded = pages.map((page) => page.getByRole("status").filter({ hasText: "Decision recorded: accepted." }));
  const refused = pages.map((page) => page.getByRole("alert").filter({ hasText: /Someone else changed this assessment|not waiting for review/ }));
  // Each page answers one way or the other; exactly one of the two was recorded, the other was told.
  for (const [i] of pages.entries()) await expect(recorded[i]!.or(refused[i]!)).toBeVisible();
  expect(await Promise.all(recorded.map((l) => l.count()))).toEqual(expect.arrayContaining([0, 1]));
  expect(await Promise.all(refused.map((l) => l.count()))).toEqual(expect.arrayContaining([0, 1]));
  expect(await app.db().review.count({ where: { assessmentId } })).toBe(1);
  expect(await app.db().auditEvent.count({ where: { entityId: assessmentId, action: "assessment.accept" } })).toBe(1);
  await Promise.all(pages.map((page) => page.context().close()));
});

/** Where the session of a sign-in with these headers says it came from. */
async function signedInFrom(i: number, email: string, headers: Record<string, string>): Promise<string> {
  const { error } = await attemptSignIn(instance(i), email, OWN_APP_PASSWORD, headers);
  expect(error).toBeNull();
  const session = await app.db().session.findFirstOrThrow({ where: { user: { email } }, orderBy: { createdAt: "desc" }, select: { address: true } });
  return session.address;
}

test("the client's address is the one the trusted proxy added, and with no proxy trusted, the connection's", async () => {
  const email = "council.two.scale@example.gov";
  // A client prepends a victim's address; the load balancer appends the real one.
  expect(await signedInFrom(0, email, { "X-Forwarded-For": "203.0.113.9, 192.0.2.44" })).toBe("192.0.2.44");

  // The same header to an instance that trusts no proxy: the connection's address, whatever the header says.
  await app.killApp(1);
  await app.startApp(1, { TRUSTED_PROXY_HOPS: "0" });
  expect(await signedInFrom(1, email, { "X-Forwarded-For": "203.0.113.9, 192.0.2.44" })).toMatch(/^(127\.0\.0\.1|::1)$/);
  const attempts = await app.db().signInAttempt.findMany({ where: { email }, orderBy: { id: "asc" }, select: { address: true } });
  expect(attempts.map((a) => a.address)).not.toContain("203.0.113.9");
});
