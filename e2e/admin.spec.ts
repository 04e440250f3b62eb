import { expect, test } from "@playwright/test";
import { createProgramWithLead, e2eDb, TEST_PASSWORD } from "./factories";
import { demoAccounts, expectAccessible, formProblem, signIn, signInAsNew, signInProblem } from "./fixtures";

const adminUrls = [
  "/admin",
  "/admin/organizations",
  "/admin/organizations/import",
  "/admin/users",
  "/admin/users/00000000-0000-4000-8000-000000000000",
  "/admin/cycles",
  "/admin/model",
  "/admin/resources",
  "/admin/resources/00000000-0000-4000-8000-000000000000",
  "/admin/audit",
];
const adminDownloads = ["/admin/audit/export.csv", "/admin/model/1/export"];

for (const role of ["lead", "cco", "council"] as const) {
  test(`every admin page is "not found" for the ${role}`, async ({ page }) => {
    if (role === "council") await signInAsNew(page, "COUNCIL");
    else await signIn(page, demoAccounts[role].email);
    await expect(page).toHaveURL(demoAccounts[role].home);
    for (const url of adminUrls) expect((await page.goto(url))?.status(), url).toBe(404);
    for (const url of adminDownloads) expect((await page.request.get(url)).status(), url).toBe(404);
  });
}

test("an administrator sets up an agency, a program, a cycle and a lead, who then starts an assessment", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const suffix = crypto.randomUUID().slice(0, 6);
  const admin = await signInAsNew(page, "ADMIN");
  await expect(page).toHaveURL("/admin");
  await expectAccessible(page);

  await page.goto("/admin/organizations");
  await expectAccessible(page);
  await page.getByLabel("Name", { exact: true }).fill(`Bureau of Testing ${suffix}`);
  await page.getByLabel("Abbreviation").fill(`BT${suffix}`);
  await page.getByRole("button", { name: "Create agency" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Agency Bureau of Testing ${suffix} created.` })).toBeVisible();

  await page.getByLabel("Agency", { exact: true }).selectOption({ label: `Bureau of Testing ${suffix}` });
  await page.getByLabel("Program name").fill(`Testing Permits ${suffix}`);
  await page.getByRole("button", { name: "Create program" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Program Testing Permits ${suffix} created.` })).toBeVisible();

  await page.goto("/admin/cycles");
  await expectAccessible(page);
  await page.getByLabel("Name").fill(`FY2031-${suffix}`);
  await page.getByLabel("Start date").fill("2030-10-01");
  await page.getByLabel("End date").fill("2030-09-30");
  await page.getByRole("button", { name: "Create cycle" }).click();
  await expect(formProblem(page)).toContainText("The end date must be after the start date");
  await expectAccessible(page);
  await page.getByLabel("End date").fill("2031-09-30");
  await page.getByRole("button", { name: "Create cycle" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Cycle FY2031-${suffix} created.` })).toBeVisible();
  const row = page.getByRole("row", { name: new RegExp(`FY2031-${suffix}`) });
  await row.getByRole("button", { name: /Open/ }).click();
  await expect(row.getByRole("alert")).toContainText(`Close FY2026 before opening FY2031-${suffix}: one cycle is open at a time.`);

  await page.goto("/admin/users");
  await expectAccessible(page);
  const email = `new-lead-${suffix}@example.gov`;
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Name", { exact: true }).fill("New Lead");
  await page.getByLabel("First password").fill("short");
  // Only the chosen role's scope shows: an agency for a CCO, programs (filtered, by checkbox) for a lead.
  await page.getByLabel("Role").selectOption("CCO");
  await expect(page.getByLabel("Agency (for a Chief Customer Officer)")).toBeVisible();
  await expect(page.getByRole("group", { name: "Programs (for a program lead)" })).toBeHidden();
  await page.getByLabel("Role").selectOption("LEAD");
  await expect(page.getByLabel("Agency (for a Chief Customer Officer)")).toBeHidden();
  await page.getByLabel("Filter programs and agencies").fill(`permits ${suffix}`);
  await expect(page.getByText(`None chosen; 1 program matches “permits ${suffix}”.`)).toBeVisible();
  await page.locator("label", { hasText: `Testing Permits ${suffix}` }).click();
  await expect(page.getByRole("checkbox", { name: `Testing Permits ${suffix}` })).toBeChecked();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(formProblem(page)).toContainText("Use at least 15 characters");
  expect(await e2eDb().user.count({ where: { email } })).toBe(0);
  await page.getByLabel("First password").fill(TEST_PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Account for ${email} created.` })).toBeVisible();

  const lead = await (await browser.newContext()).newPage();
  await signIn(lead, email, TEST_PASSWORD);
  await expect(lead).toHaveURL("/lead");
  await lead.getByRole("link", { name: `Start Testing Permits ${suffix}` }).click();
  await lead.getByRole("button", { name: /Start the FY2026 self-assessment/ }).click();
  await expect(lead.getByRole("heading", { level: 1 })).toHaveText("FY2026 self-assessment");

  await page.goto(`/admin/audit?actor=${encodeURIComponent(admin.email)}&entityType=Program`);
  await expect(page.getByRole("table", { name: "Audit events, newest first" })).toContainText("program.create");
  await expectAccessible(page);
  const csv = await (await page.request.get("/admin/audit/export.csv?entityType=Agency")).text();
  expect(csv).toContain(`Bureau of Testing ${suffix}`);
});

test("a disabled user is signed out on their next request", async ({ page, browser }) => {
  const { lead } = await createProgramWithLead("Disabled");
  const user = await (await browser.newContext()).newPage();
  await signIn(user, lead.email, TEST_PASSWORD);
  await expect(user).toHaveURL("/lead");

  await signInAsNew(page, "ADMIN");
  await expect(page).toHaveURL("/admin");
  await page.goto(`/admin/users/${lead.id}`);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Disable this account" }).click();
  await expect(page.getByRole("status").filter({ hasText: "User disabled." })).toBeVisible();

  await user.reload();
  await expect(user).toHaveURL(/\/sign-in$/);
  await signIn(user, lead.email, TEST_PASSWORD);
  await expect(user.getByRole("alert").filter({ hasText: "Sign-in failed" })).toBeVisible();
});

test("a program import with one bad row writes nothing and names the row and field; a good file imports", async ({ page }) => {
  const suffix = crypto.randomUUID().slice(0, 6);
  const { lead } = await createProgramWithLead("Import");
  await signInAsNew(page, "ADMIN");
  await expect(page).toHaveURL("/admin");
  await page.goto("/admin/organizations/import");
  await expectAccessible(page);
  const good = `VA,Import One ${suffix},${lead.email}\nSSA,Import Two ${suffix},`;
  await page.getByLabel("Or paste the CSV").fill(`agency,program,lead emails\n${good}\nNo Such Agency,Import Three ${suffix},\nVA,Import Four ${suffix},nobody-${suffix}@example.gov\n`);
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(formProblem(page)).toContainText("Nothing was imported: 2 problems to fix.");
  const problems = page.getByRole("table", { name: "Problems to fix before anything is imported" });
  await expect(problems.getByRole("row", { name: /^4 agency/ })).toContainText("No agency is named or abbreviated “No Such Agency”");
  await expect(problems.getByRole("row", { name: /^5 lead emails/ })).toContainText(`No account for nobody-${suffix}@example.gov`);
  await expectAccessible(page);
  expect(await e2eDb().program.count({ where: { name: { contains: suffix } } })).toBe(0);

  await page.getByLabel("Or paste the CSV").fill(`agency,program,lead emails\n${good}\n`);
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByRole("table", { name: "Programs to import" }).getByRole("row")).toHaveCount(3);
  expect(await e2eDb().program.count({ where: { name: { contains: suffix } } })).toBe(0);
  await page.getByRole("button", { name: "Import 2 programs" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Imported 2 programs." })).toBeVisible();
  const imported = await e2eDb().program.findMany({ where: { name: { contains: suffix } }, select: { name: true, memberships: { select: { userId: true } } }, orderBy: { name: "asc" } });
  expect(imported).toEqual([
    { name: `Import One ${suffix}`, memberships: [{ userId: lead.id }] },
    { name: `Import Two ${suffix}`, memberships: [] },
  ]);
});

test("the toolkit resources pages list, edit and show where a resource is recommended", async ({ page }) => {
  await signInAsNew(page, "ADMIN");
  await expect(page).toHaveURL("/admin");
  await page.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: "Toolkit resources" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/resources/i);
  await expectAccessible(page);
  await page.getByRole("main").getByRole("table").getByRole("link").first().click();
  await expect(page.getByText(/Recommended in/i).first()).toBeVisible();
  await expectAccessible(page);
});

test("a failed sign-in and a lead's request for another program appear among the audit log's security events", async ({ page, browser }) => {
  const stranger = `nobody-${crypto.randomUUID().slice(0, 8)}@example.gov`;
  const mine = await createProgramWithLead("Security Mine");
  const theirs = await createProgramWithLead("Security Theirs");
  // Someone types an e-mail no account has; a lead tries another program's page.
  const outsider = await browser.newPage();
  await signIn(outsider, stranger, "not-the-password-at-all");
  await expect(signInProblem(outsider)).toBeVisible();
  await outsider.close();
  const lead = await browser.newPage();
  await signIn(lead, mine.lead.email, TEST_PASSWORD);
  await expect(lead).toHaveURL(/\/lead$/);
  expect((await lead.goto(`/programs/${theirs.program.id}`))?.status()).toBe(404);
  await lead.close();

  await signInAsNew(page, "ADMIN");
  await expect(page).toHaveURL(demoAccounts.admin.home);
  await page.goto("/admin/audit");
  await page.getByRole("link", { name: "Show security events only" }).click();
  await expect(page).toHaveURL(/\/admin\/audit\?action=security\./);
  await expect(page.getByRole("link", { name: "Show every event" })).toBeVisible();
  await expectAccessible(page);
  // Other tests' events arrive meanwhile: narrowed to each actor, ours are on the first page.
  const table = page.getByRole("table", { name: "Audit events, newest first" });
  await page.goto(`/admin/audit?action=security.&actor=${encodeURIComponent(stranger)}`);
  await expect(table.getByRole("row").filter({ hasText: stranger })).toContainText("security.sign-in-failed");
  await page.goto(`/admin/audit?action=security.&actor=${encodeURIComponent(mine.lead.email)}`);
  await expect(table.getByRole("row").filter({ hasText: "security.access-refused" })).toContainText(theirs.program.id);
  const csv = await (await page.request.get("/admin/audit/export.csv?action=security.")).text();
  expect(csv).toContain(stranger);
});
