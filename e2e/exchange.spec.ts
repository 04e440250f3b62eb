// The assessment exchange format between two installations: the suite's app (A) and a fresh one of
// the spec's own (B, its own PostgreSQL and `next start`), which has the same model versions, the
// cycle, the agency and program by the same names and the same people, and nothing else. A council
// member downloads an accepted assessment from its results page on A; an administrator imports the
// file on B; B's API then gives back the same document.
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import type { PrismaClient } from "../lib/db/generated/client";
import { hashToken, newTokenSecret, tokenPrefix } from "../lib/api/tokens";
import { assessmentExchangeSchema, type AssessmentExchange } from "../lib/exchange/format";
import { seedDefaultModel } from "../prisma/seed/model";
import { exchangeDatabase } from "../scripts/lib/app-database";
import { createAccount, createAssessment, createProgramWithLead, e2eDb, TEST_PASSWORD } from "./factories";
import { expectAccessible, formProblem, signIn } from "./fixtures";
import { startOwnApp, type OwnApp } from "./own-app";
import { createUsers, OWN_APP_PASSWORD } from "./own-app-data";

const B_PORT = 3801;

test.describe.configure({ mode: "serial" });

type InstallationA = Awaited<ReturnType<typeof installationA>>;

/** On A: a program with an accepted assessment, evidence on its first answer, returned once and then accepted. */
async function installationA() {
  const db = e2eDb();
  const { program, lead } = await createProgramWithLead("Exchange");
  const council = await createAccount("COUNCIL", "Exchange Council");
  const { assessmentId } = await createAssessment(program.id, lead.id, { status: "ACCEPTED", level: 3 });
  const first = await db.answer.findFirstOrThrow({ where: { assessmentId }, orderBy: [{ practice: { discipline: { position: "asc" } } }, { practice: { position: "asc" } }], select: { id: true } });
  await db.answer.update({ where: { id: first.id }, data: { level: 4, evidenceNote: "Customer journey maps for the top three journeys.\nReviewed quarterly.", evidenceLinks: ["https://example.gov/journeys"] } });
  await db.review.createMany({
    data: [
      { assessmentId, decision: "RETURNED", comment: "Add the journey maps as evidence, please.", reviewerId: council.id, createdAt: new Date(Date.now() - 60_000) },
      { assessmentId, decision: "ACCEPTED", comment: "", reviewerId: council.id },
    ],
  });
  const facts = await db.assessment.findUniqueOrThrow({
    where: { id: assessmentId },
    select: { cycle: { select: { name: true, startsOn: true, endsOn: true } }, program: { select: { name: true, agency: { select: { name: true, abbreviation: true } } } } },
  });
  const people = await db.user.findMany({ where: { id: { in: [lead.id, council.id] } }, select: { email: true, name: true, role: true } });
  return { assessmentId, council, people, ...facts };
}

/** B: what an administrator of a new installation would have set up before importing. */
const installationB = (a: InstallationA) => async (prisma: PrismaClient) => {
  await seedDefaultModel(prisma);
  await prisma.cycle.create({ data: { ...a.cycle, status: "OPEN" } });
  await prisma.agency.create({ data: { ...a.program.agency, programs: { create: { name: a.program.name } } } });
  const [admin] = await createUsers(prisma, [{ email: "admin.exchange@example.gov", name: "Exchange Admin", role: "ADMIN" }, ...a.people]);
  const secret = newTokenSecret();
  await prisma.apiToken.create({ data: { userId: admin!.id, name: "e2e", tokenHash: hashToken(secret), prefix: tokenPrefix(secret), expiresAt: new Date(Date.now() + 86_400_000) } });
  return { adminEmail: admin!.email, secret };
};

let a: InstallationA;
let b: OwnApp<Awaited<ReturnType<ReturnType<typeof installationB>>>>;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  a = await installationA();
  b = await startOwnApp({ database: exchangeDatabase, ports: [B_PORT], seed: installationB(a) });
});

test.afterAll(async () => {
  await b?.close();
});

async function signInOn(page: Page, origin: string, email: string, password: string) {
  await page.goto(`${origin}/sign-in`);
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByLabel("Password").press("Enter");
  await expect(page).not.toHaveURL(/\/sign-in/);
}

async function importOnB(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  await page.getByLabel("Assessment file (JSON)").setInputFiles(file);
  await page.getByRole("button", { name: "Import assessment" }).click();
}

/** The suite's own app, the project's baseURL. */
const originOfA = () => String(test.info().project.use.baseURL);

const withoutExportTime = ({ exportedAt: _at, ...doc }: AssessmentExchange) => doc;

test("an assessment downloaded from one installation imports into another, and reads back the same there", async ({ browser }) => {
  // On A: the council member downloads the file from the results page.
  // A browser context per installation: both answer on localhost, with cookies of the same name.
  const contextA = await browser.newContext();
  const onA = await contextA.newPage();
  // A is the suite's server, where council members sign in with their authenticator app.
  await signIn(onA, a.council.email, TEST_PASSWORD);
  await expect(onA).toHaveURL("/council");
  await onA.goto(`/assessments/${a.assessmentId}/results`);
  const [download] = await Promise.all([onA.waitForEvent("download"), onA.getByRole("link", { name: "Download the assessment file (JSON)" }).click()]);
  expect(download.suggestedFilename()).toBe(`${a.program.name} ${a.cycle.name} assessment.json`);
  const json = await readFile((await download.path())!, "utf8");
  const exported = assessmentExchangeSchema.parse(JSON.parse(json));
  expect(exported).toMatchObject({ id: a.assessmentId, status: "ACCEPTED", reviews: [{ decision: "RETURNED" }, { decision: "ACCEPTED" }] });
  await contextA.close();

  // On B: the administrator imports it.
  const contextB = await browser.newContext();
  const onB = await contextB.newPage();
  await signInOn(onB, b.urls[0]!, b.seeded.adminEmail, OWN_APP_PASSWORD);
  await onB.getByRole("link", { name: "Import an assessment" }).click();
  await expect(onB.getByRole("heading", { level: 1, name: "Import an assessment" })).toBeVisible();
  await expect(onB.getByText(`this installation has ${a.cycle.name}`)).toBeVisible();
  await expectAccessible(onB);
  const file = { name: "assessment.json", mimeType: "application/json", buffer: Buffer.from(json) };
  await importOnB(onB, file);
  const done = onB.getByRole("status").filter({ hasText: "Imported" });
  await expect(done).toContainText(`The ${a.cycle.name} assessment of ${a.program.name} (${a.program.agency.abbreviation}), with ${exported.answers.length} answers.`);
  await expectAccessible(onB);

  // B's API gives back the same document: answers, evidence, people, scores and decisions.
  const fromB = await onB.request.get(`${b.urls[0]}/api/v1/assessments/${a.assessmentId}/exchange`, { headers: { Authorization: `Bearer ${b.seeded.secret}` } });
  expect(fromB.status()).toBe(200);
  expect(withoutExportTime(assessmentExchangeSchema.parse(await fromB.json()))).toEqual(withoutExportTime(exported));

  // The results page on B shows it as B's own, with the evidence.
  await done.getByRole("link", { name: "Open the assessment" }).click();
  await expect(onB).toHaveURL(new RegExp(`/assessments/${a.assessmentId}`));
  await expect(onB.getByRole("main")).toContainText(a.program.name);

  // The same file again: recognised, nothing written twice.
  await onB.goto(`${b.urls[0]}/admin/import-assessment`);
  await importOnB(onB, file);
  await expect(onB.getByRole("status").filter({ hasText: "Already here" })).toContainText(`This installation already has this ${a.cycle.name} assessment of ${a.program.name}`);
  expect(await b.db().answer.count({ where: { assessmentId: a.assessmentId } })).toBe(exported.answers.length);
  await contextB.close();
});

test("a file that does not match the installation is refused with each field named, and writes nothing", async ({ page }) => {
  const response = await page.request.get(`/api/v1/schemas/assessment-exchange.json`);
  expect(response.status()).toBe(200);
  await signInOn(page, b.urls[0]!, b.seeded.adminEmail, OWN_APP_PASSWORD);
  await page.goto(`${b.urls[0]}/admin/import-assessment`);
  const before = await b.db().assessment.count();
  const doc = JSON.parse(JSON.stringify({ ...(await exportedOnA()), id: crypto.randomUUID() })) as AssessmentExchange;
  const wrong = { ...doc, program: { ...doc.program, name: "A program B never had" }, cycle: { ...doc.cycle, name: "FY1999" } };
  await importOnB(page, { name: "wrong.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(wrong)) });
  const problem = formProblem(page);
  await expect(problem).toContainText("The assessment file has problems. Nothing was imported.");
  await expect(problem).toContainText(`program.name: ${a.program.agency.name} has no program named “A program B never had” here.`);
  await expect(problem).toContainText("cycle.name: there is no cycle named “FY1999” here.");
  await expectAccessible(page);
  expect(await b.db().assessment.count()).toBe(before);
});

/** The document as A's API gives it, with a token of A's council member. */
async function exportedOnA(): Promise<AssessmentExchange> {
  const secret = newTokenSecret();
  await e2eDb().apiToken.create({ data: { userId: a.council.id, name: "e2e", tokenHash: hashToken(secret), prefix: tokenPrefix(secret), expiresAt: new Date(Date.now() + 86_400_000) } });
  const response = await fetch(`${originOfA()}/api/v1/assessments/${a.assessmentId}/exchange`, { headers: { Authorization: `Bearer ${secret}` } });
  expect(response.status).toBe(200);
  return assessmentExchangeSchema.parse(await response.json());
}
