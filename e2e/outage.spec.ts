// A database outage, for real: this file's own app and PostgreSQL (e2e/own-app.ts), stopped and
// started again while the app keeps running.
import { expect, test, type Page, type Response } from "@playwright/test";
import { hashPassword } from "../lib/auth/password";
import { outageDatabase } from "../scripts/lib/app-database";
import { expectAccessible, signIn, signInProblem } from "./fixtures";
import { startOwnApp, type OwnApp } from "./own-app";

const OUTAGE_PASSWORD = "outage-password-long-enough";
const OUTAGE_LEAD = "lead.outage@example.gov";

// One app and one database for the whole file: each test leaves PostgreSQL running for the next.
test.describe.configure({ mode: "serial" });

let app: OwnApp<void>;

test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(180_000);
  app = await startOwnApp({
    database: outageDatabase,
    ports: [Number(new URL(String(testInfo.project.use.baseURL)).port)],
    // Only what the pages under test read: no model or toolkit seed, which would slow the start.
    seed: async (prisma) => {
      await prisma.agency.create({
        data: {
          name: "Outage Agency",
          abbreviation: "OUT",
          programs: {
            create: {
              name: "Outage Program",
              memberships: { create: { user: { create: { email: OUTAGE_LEAD, name: "Outage Lead", role: "LEAD", passwordHash: await hashPassword(OUTAGE_PASSWORD) } } } },
            },
          },
        },
      });
    },
  });
});

test.afterAll(async () => {
  await app?.close();
});

async function expectUnavailablePage(page: Page, response: Response | null) {
  expect(response?.status()).toBe(503);
  expect(response?.headers()["cache-control"]).toBe("no-store");
  await expect(page.getByRole("heading", { level: 1, name: "Service unavailable" })).toBeVisible();
  await expect(page.getByText("Please try again in a few minutes.")).toBeVisible();
  // Nothing of the failure reaches the browser: no error name, driver message or stack frame.
  expect(await page.content()).not.toMatch(/Error\b|ECONNREFUSED|prisma|\bat \S+ \(|node_modules/i);
  await expectAccessible(page);
}

/** Reloads `path` until it answers 200, and says how long PostgreSQL's return took to show. */
async function expectRecovery(page: Page, path: string, heading: string) {
  const started = Date.now();
  await expect.poll(async () => (await page.goto(path))?.status(), { timeout: 30_000, intervals: [250, 500, 1_000] }).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  test.info().annotations.push({ type: "recovered after", description: `${Date.now() - started} ms` });
}

test("liveness and readiness answer 200 while PostgreSQL runs", async ({ request }) => {
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(health.headers()["cache-control"]).toBe("no-store");
  expect(await health.json()).toEqual({ status: "ok" });

  const ready = await request.get("/api/ready");
  expect(ready.status()).toBe(200);
  expect(ready.headers()["cache-control"]).toBe("no-store");
  expect(await ready.json()).toEqual({ status: "ok", database: "ok", migrations: "ok" });
});

test("while PostgreSQL is stopped pages answer 503, and they recover when it is back, without a restart", async ({ page, request, browser }) => {
  test.setTimeout(90_000);
  await signIn(page, OUTAGE_LEAD, OUTAGE_PASSWORD);
  await expect(page.getByRole("heading", { level: 1, name: "Your programs" })).toBeVisible();
  // Someone else has the sign-in form open when the database goes.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto("/sign-in");

  await app.stopDatabase();
  await expectUnavailablePage(page, await page.goto("/lead"));
  await visitor.getByLabel("Email address").fill(OUTAGE_LEAD);
  await visitor.getByLabel("Password").fill(OUTAGE_PASSWORD);
  await visitor.getByLabel("Password").press("Enter");
  await expect(signInProblem(visitor)).toContainText("The service is unavailable right now. Please try again in a few minutes.");
  await visitor.context().close();
  // A download answers 503 too, not a 500 with a trace.
  const download = await page.request.get("/action-items/export.csv");
  expect(download.status()).toBe(503);
  expect(await download.text()).not.toMatch(/Error\b|ECONNREFUSED|prisma/i);

  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  const ready = await request.get("/api/ready");
  expect(ready.status()).toBe(503);
  expect(ready.headers()["cache-control"]).toBe("no-store");
  expect(await ready.json()).toEqual({ status: "unavailable", database: "unreachable" });

  await app.startDatabase();
  await expectRecovery(page, "/lead", "Your programs");
  expect((await request.get("/api/ready")).status()).toBe(200);
});

test("after a quiet spell, the first page that meets the outage answers 503 as well", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, OUTAGE_LEAD, OUTAGE_PASSWORD);
  await expect(page.getByRole("heading", { level: 1, name: "Your programs" })).toBeVisible();
  await page.goto("/account");
  await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
  // pg closes connections idle for 10 s: with none left, no broken connection warns the app, and the
  // outage is first met by this page's own query.
  await page.waitForTimeout(11_000);

  await app.stopDatabase();
  const response = await page.goto("/account");
  // The render found the database gone and sent the browser back to the same address once, which
  // proxy.ts then answered with the 503 page.
  expect(response?.request().redirectedFrom()?.url()).toBe(response?.url());
  await expectUnavailablePage(page, response);

  await app.startDatabase();
  await expectRecovery(page, "/account", "Your account");
});
