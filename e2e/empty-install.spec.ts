// Runs against a production start (port 3200, NODE_ENV=production, external DATABASE_URL, no demo
// flag): no demo data, no accounts until the documented
// first-administrator command creates one.
import { execFileSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import { emptyInstallDatabase } from "../scripts/lib/app-database";
import { enrolAuthenticatorApp, expectAccessible, signIn, signInProblem } from "./fixtures";

// Passwords that pass the rules (lib/validation/password.ts): long, not breached, not built on the e-mail.
const ADMIN = { email: "first.admin@agency.gov", password: "correct horse battery staple 42" };
const LEAD_PASSWORD = "quiet otters paddle past 9 lighthouses";

test.beforeAll(() => {
  execFileSync("npx", ["tsx", "scripts/create-admin.ts", "--email", ADMIN.email, "--name", "First Admin"], {
    env: { ...process.env, DATABASE_URL: `postgresql://postgres:cx-local@127.0.0.1:${emptyInstallDatabase.port}/cx_maturity`, CX_ADMIN_PASSWORD: ADMIN.password },
    stdio: "pipe",
  });
});

test("an empty install has no demo accounts; its first administrator sets it up and a lead starts an assessment", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signIn(page, "admin@example.gov");
  await expect(signInProblem(page)).toContainText("The email address or password is not right");

  // A production start asks administrators for a second factor: the first one adds it at the first sign-in.
  await signIn(page, ADMIN.email, ADMIN.password);
  await expect(page.getByRole("heading", { name: "Add a second factor" })).toBeVisible();
  await enrolAuthenticatorApp(page);
  await expect(page).toHaveURL("/admin");
  await expect(page.getByRole("row", { name: /Programs/ })).toContainText("0");
  await expectAccessible(page);

  await page.goto("/admin/organizations");
  await page.getByLabel("Name", { exact: true }).fill("Bureau of Examples");
  await page.getByLabel("Abbreviation").fill("BOE");
  await page.getByRole("button", { name: "Create agency" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Agency Bureau of Examples created." })).toBeVisible();
  await page.getByLabel("Agency", { exact: true }).selectOption({ label: "Bureau of Examples" });
  await page.getByLabel("Program name").fill("Example Benefits");
  await page.getByRole("button", { name: "Create program" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Program Example Benefits created." })).toBeVisible();

  await page.goto("/admin/cycles");
  await page.getByLabel("Name").fill("FY2027");
  await page.getByLabel("Start date").fill("2026-10-01");
  await page.getByLabel("End date").fill("2027-09-30");
  await page.getByRole("button", { name: "Create cycle" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Cycle FY2027 created." })).toBeVisible();
  await page.getByRole("row", { name: /FY2027/ }).getByRole("button", { name: /Open/ }).click();
  await expect(page.getByRole("row", { name: /FY2027/ }).getByRole("button", { name: "Close FY2027" })).toBeVisible();
  await expect(page.getByRole("row", { name: /FY2027/ }).getByRole("cell", { name: "Open", exact: true })).toBeVisible();
  await expectAccessible(page);

  await page.goto("/admin/users");
  await page.getByLabel("Email address").fill("first.lead@agency.gov");
  await page.getByLabel("Name", { exact: true }).fill("First Lead");
  await page.getByLabel("First password").fill(LEAD_PASSWORD);
  await page.getByLabel("Role").selectOption("LEAD");
  await page.locator("label", { hasText: "Example Benefits" }).click();
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Account for first.lead@agency.gov created." })).toBeVisible();

  const lead = await (await browser.newContext({ baseURL: test.info().project.use.baseURL })).newPage();
  await signIn(lead, "first.lead@agency.gov", LEAD_PASSWORD);
  await expect(lead).toHaveURL("/lead");
  await lead.getByRole("link", { name: "Start Example Benefits" }).click();
  await lead.getByRole("button", { name: "Start the FY2027 self-assessment" }).click();
  await expect(lead.getByRole("heading", { level: 1 })).toHaveText("FY2027 self-assessment");
  await expect(lead.getByRole("table").getByRole("link")).toHaveCount(6);
  await expectAccessible(lead);
});
