import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { expect, test, type Page } from "@playwright/test";
import { parseCsv } from "../lib/exports/parse-csv";
import { createProgramWithLead, createSubmitted, e2eDb, TEST_PASSWORD } from "./factories";
import { demoAccounts, expectAccessible, signIn, signInAsNew } from "./fixtures";

const heatmap = (page: Page) => page.getByRole("table", { name: /Attained level per discipline/ });

test("the council accepts one submission and returns another; the lead revises and resubmits", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const accepted = await createProgramWithLead("Accepted");
  const returned = await createProgramWithLead("Returned");
  const a = await createSubmitted(accepted.program.id, accepted.lead.id, 4);
  const r = await createSubmitted(returned.program.id, returned.lead.id, 2);
  // One practice left out of the scores, with its reason, for the council to judge.
  const leftOut = await e2eDb().answer.findFirstOrThrow({
    where: { assessmentId: a.assessmentId, practice: { key: "governance-partner-coordination" } },
    select: { id: true, practice: { select: { title: true } } },
  });
  await e2eDb().answer.update({ where: { id: leftOut.id }, data: { level: null, notApplicable: true, evidenceNote: "No partner delivers any step of this service." } });

  const council = await signInAsNew(page, "COUNCIL");
  await expect(page).toHaveURL("/council");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Submitted", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Submitted, FY2026/);
  await expectAccessible(page);
  await page.getByRole("link", { name: accepted.program.name }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Review: ${accepted.program.name}`);
  await expect(page.getByRole("table", { name: "Answers for Strategy" })).toContainText("Level 4");
  const notApplicable = page.getByRole("table", { name: "Practices marked not applicable, with the reason given" });
  await expect(notApplicable.getByRole("row", { name: leftOut.practice.title })).toContainText("No partner delivers any step of this service.");
  await expectAccessible(page);
  await page.locator("label", { hasText: "Accept: the levels are supported by the evidence" }).click();
  await page.getByRole("button", { name: "Record decision" }).click();
  await expect(page.getByRole("status")).toHaveText("Decision recorded: accepted.");
  await expect(page.getByText(`Accepted by ${council.name}`)).toBeVisible();

  await page.goto(`/council/review/${r.assessmentId}`);
  await page.locator("label", { hasText: "Return to the program for revision" }).click();
  await page.getByRole("button", { name: "Record decision" }).click();
  await expect(page.getByText("Say what the program should revise (at least 10 characters) when you return an assessment").first()).toBeVisible();
  await expectAccessible(page);
  expect((await e2eDb().assessment.findUniqueOrThrow({ where: { id: r.assessmentId } })).status).toBe("SUBMITTED");
  await page.locator("label", { hasText: "Return to the program for revision" }).click();
  await page.getByLabel("Comment to the program").fill("Add evidence for the Measurement answers, please.");
  await page.getByRole("button", { name: "Record decision" }).click();
  await expect(page.getByRole("status")).toHaveText("Decision recorded: returned for revision.");

  // The lead sees the comment, revises and resubmits.
  const lead = await (await browser.newContext()).newPage();
  await signIn(lead, returned.lead.email, TEST_PASSWORD);
  await expect(lead.getByRole("table")).toContainText("Returned for revision");
  await lead.getByRole("link", { name: `Revise ${returned.program.name}` }).click();
  await expect(lead.getByRole("heading", { name: `Returned for revision by ${council.name}` })).toBeVisible();
  await expect(lead.getByText("Add evidence for the Measurement answers, please.")).toBeVisible();
  await expectAccessible(lead);
  await lead.getByRole("link", { name: "Measurement", exact: true }).click();
  const first = lead.locator("fieldset[id^=practice-]").first();
  await first.getByLabel("Evidence note (optional)").fill("Survey results: https://www.performance.gov/cx/");
  await first.getByLabel("Evidence note (optional)").blur();
  await expect(first.getByTestId(/^save-status-/)).toContainText("Saved");
  await lead.goto(`/assessments/${r.assessmentId}/check`);
  await lead.getByRole("button", { name: "Submit for council review" }).click();
  await expect(lead.getByRole("heading", { level: 1 })).toHaveText("Results");
  const history = await e2eDb().review.findMany({ where: { assessmentId: r.assessmentId }, select: { decision: true } });
  expect(history).toEqual([{ decision: "RETURNED" }]);
  expect((await e2eDb().assessment.findUniqueOrThrow({ where: { id: r.assessmentId } })).status).toBe("SUBMITTED");
  expect(await e2eDb().auditEvent.count({ where: { entityId: r.assessmentId, action: { in: ["assessment.return", "assessment.submit"] } } })).toBe(2);

  // The heatmap shows the accepted program at level 4 everywhere.
  await page.goto(`/portfolio?agency=${accepted.agencyId}`);
  const cells = await page.getByRole("row", { name: new RegExp(accepted.program.name) }).getByRole("cell").allTextContents();
  expect(cells).toHaveLength(8); // agency, overall, six disciplines
  expect(cells.slice(1).every((text) => text.startsWith("4 Foundational"))).toBe(true);
  await expectAccessible(page);
});

test("portfolio sorting and filters work by keyboard", async ({ page }) => {
  await signInAsNew(page, "COUNCIL");
  await expect(page).toHaveURL("/council");
  await page.goto("/portfolio");
  await expectAccessible(page);
  const designHeader = page.getByRole("columnheader", { name: /Design/ });
  await expect(designHeader).toHaveAttribute("aria-sort", "none");
  await designHeader.getByRole("link").focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/sort=discipline%3Adesign&dir=asc/);
  await expect(page.getByRole("columnheader", { name: /Design/ })).toHaveAttribute("aria-sort", "ascending");
  // Cells after the row header: agency, overall, then the disciplines in model order (Design is the third).
  const levels = await heatmap(page)
    .locator("tbody tr")
    .evaluateAll((rows) => rows.map((r) => r.querySelectorAll("td")[4]?.textContent?.trim().charAt(0) ?? ""));
  const numeric = levels.filter((l) => /\d/.test(l)).map(Number);
  expect(numeric).toEqual([...numeric].sort((x, y) => x - y));

  await page.getByRole("combobox", { name: "Agency" }).focus();
  await page.getByRole("combobox", { name: "Agency" }).selectOption({ label: "Department of Veterans Affairs" });
  await page.getByRole("button", { name: "Apply filters" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/agency=/);
  const agencies = await heatmap(page).locator("tbody tr td:first-of-type").allTextContents();
  expect(agencies.length).toBeGreaterThan(0);
  expect(new Set(agencies)).toEqual(new Set(["Department of Veterans Affairs"]));
  await expect(page.getByRole("table", { name: /Number of programs at each level/ })).toBeVisible();
  await expectAccessible(page);
});

test("CSV, XLSX and PDF downloads contain the accepted program", async ({ page }) => {
  test.setTimeout(90_000);
  const p = await createProgramWithLead("Export");
  const { assessmentId, practiceCount } = await createSubmitted(p.program.id, p.lead.id, 3);
  await e2eDb().assessment.update({ where: { id: assessmentId }, data: { status: "ACCEPTED", version: 3 } });
  await signInAsNew(page, "COUNCIL");
  await expect(page).toHaveURL("/council");

  const csv = await page.request.get(`/portfolio/export/portfolio.csv?agency=${p.agencyId}`);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(csv.headers()["content-disposition"]).toBe(`attachment; filename="cx-portfolio-latest-all-cycles.csv"; filename*=UTF-8''cx-portfolio-latest-all-cycles.csv`);
  // The cycle in a file's name is one that exists, never the URL's text.
  const forged = await page.request.get(`/portfolio/export/portfolio.csv?cycle=${encodeURIComponent('x";\u00e9')}`);
  expect(forged.status()).toBe(400);
  expect(await forged.text()).toBe(`There is no cycle named “x";\u00e9”. Choose a cycle from the portfolio's filters.`);
  expect(csv.headers()["x-export-rows"]).toBe("6");
  const rows = parseCsv(await csv.text());
  expect(rows[0]).toContain("Program");
  const programCol = rows[0]!.indexOf("Program");
  const levelCol = rows[0]!.indexOf("Level (1–5)");
  expect(levelCol).toBeGreaterThan(-1);
  const body = rows.slice(1).filter((r) => r.length > 1);
  expect(body).toHaveLength(6);
  expect(body.every((r) => r[programCol] === p.program.name && r[levelCol] === "3")).toBe(true);

  const answers = parseCsv(await (await page.request.get(`/portfolio/export/answers.csv?agency=${p.agencyId}`)).text()).slice(1).filter((r) => r.length > 1);
  expect(answers).toHaveLength(practiceCount);

  const xlsx = await page.request.get(`/portfolio/export/portfolio.xlsx?agency=${p.agencyId}`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await xlsx.body()) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet("Portfolio")!;
  expect(sheet.rowCount).toBe(7);
  expect(sheet.getRow(2).getCell(2).value).toBe(p.program.name);
  expect(workbook.getWorksheet("Columns")).toBeDefined();

  const pdf = await page.request.get(`/assessments/${assessmentId}/report.pdf`, { timeout: 60_000 });
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect(pdf.headers()["content-disposition"]).toMatch(/^attachment; filename="Export-Program-[0-9a-f]{8}-FY\d{4}-CX-maturity\.pdf"; filename\*=UTF-8''Export%20Program%20/);
  const bytes = (await pdf.body()).toString("latin1");
  expect(bytes.startsWith("%PDF")).toBe(true);
  expect(bytes).toContain("/StructTreeRoot");

});

test("a large download can be followed on the page: its rows against the total, then saved", async ({ page }) => {
  const p = await createProgramWithLead("Progress");
  const { assessmentId, practiceCount } = await createSubmitted(p.program.id, p.lead.id, 2);
  await e2eDb().assessment.update({ where: { id: assessmentId }, data: { status: "ACCEPTED", version: 3 } });
  await signInAsNew(page, "COUNCIL");
  await page.goto(`/portfolio?agency=${p.agencyId}`);
  const summary = page.getByText("Follow a large download’s progress");
  await summary.focus();
  await page.keyboard.press("Enter");
  const csvButton = page.getByRole("button", { name: "Raw answers (CSV)" });
  await csvButton.focus();
  const [csv] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
  // Shown, and said to screen readers.
  const savedText = `Saved cx-answers-latest-all-cycles.csv: ${practiceCount} rows`;
  await expect(page.getByText(savedText).first()).toBeVisible();
  await expect(page.locator("[aria-live=polite]", { hasText: savedText })).toHaveCount(1);
  expect(csv.suggestedFilename()).toBe("cx-answers-latest-all-cycles.csv");
  const saved = parseCsv(await readFile(await csv.path(), "utf8")).slice(1).filter((r) => r.length > 1);
  expect(saved).toHaveLength(practiceCount);
  await expectAccessible(page);

  const [xlsx] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Portfolio (Excel)" }).click()]);
  await expect(page.getByText(/^Saved cx-portfolio-latest-all-cycles\.xlsx: \d+ kB\.$/).first()).toBeVisible();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(await xlsx.path())) as unknown as ArrayBuffer);
  expect(workbook.getWorksheet("Portfolio")!.rowCount).toBe(7);

  // A download the server refuses says why, and saves nothing.
  await page.goto(`/portfolio?cycle=FY1900`);
  await page.getByText("Follow a large download’s progress").click();
  await page.getByRole("button", { name: "Raw answers (CSV)" }).click();
  await expect(page.getByText("The download was refused: There is no cycle named “FY1900”. Choose a cycle from the portfolio's filters.").first()).toBeVisible();
  await expect(page.getByText(/^Saved /)).toHaveCount(0);
  await expectAccessible(page);
});

test("leads and CCOs cannot review; a CCO's portfolio holds only their agency", async ({ page }) => {
  const p = await createProgramWithLead("Guard");
  const { assessmentId } = await createSubmitted(p.program.id, p.lead.id, 3);
  await signIn(page, p.lead.email, TEST_PASSWORD);
  await expect(page).toHaveURL("/lead");
  expect((await page.goto(`/council/review/${assessmentId}`))?.status()).toBe(404);
  expect((await page.goto("/portfolio"))?.status()).toBe(404);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/sign-in/);

  await signIn(page, demoAccounts.cco.email);
  await expect(page).toHaveURL("/cco");
  expect((await page.goto(`/council/review/${assessmentId}`))?.status()).toBe(404);
  await page.goto("/portfolio");
  const agencies = await heatmap(page).locator("tbody tr td:first-of-type").allTextContents();
  expect(agencies.length).toBeGreaterThan(0);
  expect(new Set(agencies)).toEqual(new Set(["Department of Veterans Affairs"]));
  expect((await page.request.get(`/portfolio/export/answers.csv`)).status()).toBe(200);
  const exported = parseCsv(await (await page.request.get(`/portfolio/export/portfolio.csv`)).text()).slice(1).filter((r) => r.length > 1);
  expect(new Set(exported.map((r) => r[0]))).toEqual(new Set(["Department of Veterans Affairs"]));
  await expectAccessible(page);
});

test("the heatmap shows each level in its own tint, and Clear resets every filter", async ({ page }) => {
  await signInAsNew(page, "COUNCIL");
  await expect(page).toHaveURL("/council");
  await page.goto("/portfolio");
  const tints = await heatmap(page)
    .locator("td.level-cell")
    .evaluateAll((cells) => cells.map((c) => [c.className.match(/level-cell--(\d)/)?.[1] ?? "", getComputedStyle(c).backgroundColor]));
  const tintOf = new Map(tints.map(([level, colour]) => [level, colour]));
  expect(tintOf.size).toBeGreaterThan(1);
  // One tint per level, and none is the table's own white or transparent.
  expect(new Set(tintOf.values()).size).toBe(tintOf.size);
  for (const colour of tintOf.values()) expect(colour).not.toMatch(/^rgba?\(255, 255, 255|^rgba\(0, 0, 0, 0\)$|^transparent$/);

  await page.getByRole("combobox", { name: "Agency" }).selectOption({ label: "Department of Veterans Affairs" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/agency=/);
  await page.getByRole("link", { name: "Clear" }).click();
  await expect(page).toHaveURL(/\/portfolio$/);
  await expect(page.getByRole("combobox", { name: "Agency" })).toHaveValue("");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).not.toHaveURL(/agency=[^&]/);
});
