import { expect, test } from "@playwright/test";
import { hashPassword } from "../lib/auth/password";
import { createSubmitted, e2eDb, TEST_PASSWORD } from "./factories";
import { demoAccounts, expectAccessible, signIn } from "./fixtures";

/** A program of the demo CCO's agency (VA), with its own lead and an accepted assessment at level 2. */
async function vaProgramWithAcceptedAssessment() {
  const va = await e2eDb().agency.findUniqueOrThrow({ where: { name: "Department of Veterans Affairs" } });
  const suffix = crypto.randomUUID().slice(0, 8);
  const program = await e2eDb().program.create({ data: { agencyId: va.id, name: `VA Trend Program ${suffix}` } });
  const lead = await e2eDb().user.create({
    data: { email: `va-lead-${suffix}@example.gov`, name: "Trend Lead", role: "LEAD", passwordHash: await hashPassword(TEST_PASSWORD), memberships: { create: { programId: program.id } } },
  });
  const { assessmentId } = await createSubmitted(program.id, lead.id, 2);
  await e2eDb().assessment.update({ where: { id: assessmentId }, data: { status: "ACCEPTED", version: 3 } });
  return { program, lead, assessmentId };
}

test("a CCO sees the agency's trends, plans an action from a gap with a toolkit resource and marks it done; the lead sees it", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const { program, lead } = await vaProgramWithAcceptedAssessment();
  await signIn(page, demoAccounts.cco.email);
  await expect(page).toHaveURL("/cco");
  const programs = page.getByRole("table", { name: /overall level at baseline and now/ });
  await expect(programs).toContainText("Veterans Benefits Claims");
  // The open cycle's self-assessment of each program, as the demo left it (overdue ones are marked).
  await expect(programs.getByRole("columnheader", { name: "FY2026 self-assessment" })).toBeVisible();
  await expect(programs.getByRole("row", { name: /^Veterans Benefits Claims/ })).toContainText("Draft");
  await expect(page.getByRole("table", { name: /mean score of its programs per discipline: score/ })).toContainText("FY2025");
  await expect(page.getByRole("img", { name: /mean score of its programs per discipline/ })).toBeVisible();
  await expectAccessible(page);

  // Another agency's program is not found.
  const ssa = await e2eDb().program.findFirstOrThrow({ where: { name: "Retirement Benefits" } });
  expect((await page.goto(`/programs/${ssa.id}/progress`))?.status()).toBe(404);

  await page.goto("/cco");
  await page.getByRole("table", { name: /overall level at baseline and now/ }).getByRole("link", { name: program.name }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Progress: ${program.name}`);
  await expect(page.getByRole("table", { name: /score per discipline: score/ })).toContainText("Not assessed");
  await expectAccessible(page);

  await page.getByRole("link", { name: "Design", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Plan an action: Design");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Add action item" }).click();
  await expect(page.getByText("Enter what will be done (at least 3 characters)").first()).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("What will be done").fill("Map the enrollment journey with veterans");
  await page.getByLabel("Owner").fill("Pat Owner");
  await page.getByLabel("Due date (optional)").fill("2027-03-31");
  const firstResource = page.locator(".usa-checkbox").first();
  const resourceTitle = (await firstResource.locator("label").innerText()).split("\n")[0]!;
  await firstResource.locator("label").click();
  await page.getByRole("button", { name: "Add action item" }).click();
  await expect(page.getByRole("status")).toHaveText("Action item added.");
  const items = page.getByRole("table", { name: `Action items of ${program.name}` });
  await expect(items).toContainText("Map the enrollment journey with veterans");
  await expect(items.getByRole("link", { name: resourceTitle })).toBeVisible();

  await items.getByRole("combobox").selectOption("DONE");
  await items.getByRole("button", { name: /Update/ }).click();
  await expect(items).toContainText(/Done \w{3} \d+, \d{4}/);
  await expectAccessible(page);

  const csv = await (await page.request.get(`/action-items/export.csv?programId=${program.id}`)).text();
  expect(csv).toContain("Map the enrollment journey with veterans");
  // The status in the words docs/exports.md documents, not the stored code.
  expect(csv).toMatch(/,Pat Owner,2027-03-31,Done,/);
  expect(csv).not.toContain("DONE");

  const leadPage = await (await browser.newContext()).newPage();
  await signIn(leadPage, lead.email, TEST_PASSWORD);
  await expect(leadPage).toHaveURL("/lead");
  await leadPage.goto(`/programs/${program.id}/progress`);
  await expect(leadPage.getByRole("table", { name: `Action items of ${program.name}` })).toContainText("Map the enrollment journey with veterans");
  await expect(leadPage.getByRole("table", { name: `Action items of ${program.name}` }).getByRole("combobox")).toHaveValue("DONE");
});

test("the agency's action items are listed, filtered and exported for the CCO only", async ({ page }) => {
  await signIn(page, demoAccounts.cco.email);
  await expect(page).toHaveURL("/cco");
  await page.getByRole("link", { name: "All action items of the agency" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Action items");
  await page.getByRole("combobox", { name: "Status", exact: true }).selectOption("PLANNED");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/status=PLANNED/);
  await expectAccessible(page);
  const response = await page.request.get("/action-items/export.csv?status=PLANNED");
  expect(response.headers()["content-type"]).toContain("text/csv");
  expect(await response.text()).not.toContain("Social Security Administration");
});
