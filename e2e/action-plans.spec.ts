// A-11 action plans: a lead builds the year's plan from a gap; the agency's CCO cannot sign it off
// while an action lacks what makes it measurable, and the refusal names what; completed and signed
// off, it is locked and downloads as CSV, Word (read back with a DOCX reader) and Touchpoints JSON,
// and the program's results report carries it.
import JSZip from "jszip";
import { expect, test } from "@playwright/test";
import { parseCsv } from "../lib/exports/parse-csv";
import { fiscalYearLabel, fiscalYearOf } from "../lib/plans/fiscal-year";
import { createAccount, createAssessment, createProgramWithLead, e2eDb, TEST_PASSWORD } from "./factories";
import { expectAccessible, formProblem, signIn } from "./fixtures";

test("a lead plans from a gap; the CCO's sign-off waits for a complete plan, then locks it; it downloads as CSV, Word and Touchpoints JSON", async ({ browser }) => {
  test.setTimeout(120_000);
  const { agencyId, program, lead } = await createProgramWithLead("Plan");
  const { assessmentId } = await createAssessment(program.id, lead.id, { status: "ACCEPTED", level: 2 });
  const cco = await createAccount("CCO", "Plan CCO", { agencyId });
  const fy = fiscalYearLabel(fiscalYearOf(new Date().toISOString().slice(0, 10)));

  const page = await (await browser.newContext()).newPage();
  await signIn(page, lead.email, TEST_PASSWORD);
  await expect(page).toHaveURL("/lead");
  await page.goto(`/programs/${program.id}`);
  await page.getByRole("link", { name: "CX action plans (OMB A-11 §280)" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Action plans: ${program.name}`);
  await expectAccessible(page);
  await page.getByRole("button", { name: `Start the ${fy} plan` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${program.name}: ${fy} action plan, version 1`);
  await expect(page.locator(".usa-alert--warning")).toContainText("The plan has no actions yet");
  await expectAccessible(page);

  // From the gap, by keyboard: Strategy, accepted at level 2, aims one level up.
  await page.getByRole("button", { name: "Add an action: Strategy, level 2 to 3" }).press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Strategy: Raise Strategy to level 3");
  await expect(page.getByLabel("Level it is expected to reach (optional)")).toHaveValue("3");
  await expectAccessible(page);
  await page.getByLabel("Measure", { exact: true }).fill("Top tasks with a published service standard");
  await page.getByLabel("Baseline value (optional)").fill("2");
  await page.getByLabel("Target value").fill("eighty");
  await page.getByLabel("Start date").fill("2026-10-01");
  await page.getByLabel("Due date").fill("2027-09-30");
  await page.getByLabel("Unit (optional)").fill("tasks");
  await page.getByRole("button", { name: "Save the action" }).click();
  await expect(formProblem(page)).toContainText("Enter the target value as a number, like 20 or 3.5");
  await expect(page.getByLabel("Target value")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);
  expect(await e2eDb().planAction.count({ where: { plan: { programId: program.id }, measure: { not: "" } } })).toBe(0);
  // Saved without an owner: a draft may be incomplete.
  await page.getByLabel("Target value").fill("10");
  await page.getByRole("button", { name: "Save the action" }).click();
  await expect(page.getByRole("status")).toHaveText("Action saved.");
  const planUrl = page.url().replace(/\?.*$/, "");
  await expect(page.getByRole("row", { name: /Raise Strategy to level 3/ })).toContainText("Top tasks with a published service standard: 2 tasks → 10 tasks");
  await expect(page.locator(".usa-alert--warning")).toContainText("“Raise Strategy to level 3” needs an owner.");

  // The CCO finds it among the year's plans, with what it lacks, and cannot sign it off yet.
  const theirs = await (await browser.newContext()).newPage();
  await signIn(theirs, cco.email, TEST_PASSWORD);
  await expect(theirs).toHaveURL("/cco");
  await theirs.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Action plans" }).click();
  await expect(theirs.getByRole("heading", { level: 1 })).toHaveText(`${fy} action plans`);
  const row = theirs.getByRole("row", { name: new RegExp(program.name) });
  await expect(row).toContainText("needs an owner");
  await expectAccessible(theirs);
  await row.getByRole("link", { name: "Version 1, draft" }).click();
  await theirs.getByRole("button", { name: "Sign off the plan" }).click();
  await expect(formProblem(theirs)).toContainText("This plan cannot be signed off until it is complete.");
  await expect(formProblem(theirs)).toContainText("“Raise Strategy to level 3” needs an owner.");
  await expectAccessible(theirs);

  // The lead adds the owner; the CCO, on a page loaded before, must look again before signing off.
  await page.getByRole("link", { name: "Raise Strategy to level 3" }).click();
  await page.getByLabel("Owner").fill("Office of the Chief Customer Officer");
  await page.getByRole("button", { name: "Save the action" }).click();
  await expect(page.getByText("Complete: every action has a measure")).toBeVisible();
  await page.goto(planUrl);
  await page.getByLabel("Delivered in the past year").fill("Published the first service standard.");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("Saved.");

  await theirs.getByRole("button", { name: "Sign off the plan" }).click();
  await expect(formProblem(theirs)).toContainText("Someone else changed this plan");
  await theirs.goto(planUrl);
  await theirs.getByRole("button", { name: "Sign off the plan" }).click();
  await expect(theirs.getByRole("status")).toHaveText("Signed off. The plan is locked; start a new version to change it.");
  await expect(theirs.locator(".usa-alert--info")).toContainText(`Signed off by ${cco.name}`);
  await expectAccessible(theirs);

  // Locked for the lead: no edit link, a new version instead.
  await page.goto(planUrl);
  await expect(page.getByRole("link", { name: "Raise Strategy to level 3" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Start version 2" })).toBeVisible();

  const csv = parseCsv(await (await page.request.get(`${planUrl}/export/plan.csv`)).text()).filter((r) => r.length > 1);
  expect(csv[0]!.slice(0, 6)).toEqual(["Agency", "Program", "Fiscal year", "Plan version", "Plan status", "Action"]);
  const cell = (name: string) => csv[1]![csv[0]!.indexOf(name)];
  expect([cell("Program"), cell("Plan status"), cell("Measure"), cell("Baseline value"), cell("Target value"), cell("Owner")]).toEqual([
    program.name,
    "Signed off",
    "Top tasks with a published service standard",
    "2",
    "10",
    "Office of the Chief Customer Officer",
  ]);

  const docx = await page.request.get(`${planUrl}/export/plan.docx`);
  expect(docx.headers()["content-type"]).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  const document = await (await JSZip.loadAsync(await docx.body())).file("word/document.xml")!.async("string");
  expect(document).toContain("<w:tblHeader");
  const rows = [...document.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((r) => [...r[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]));
  expect(rows[0]).toEqual(["Action", "Discipline and practices", "Measurable target", "Time frame", "Owner", "Expected level"]);
  expect(rows[1]).toEqual(["Raise Strategy to level 3", "Strategy", "Top tasks with a published service standard: 2 tasks → 10 tasks", "2026-10-01 to 2027-09-30", "Office of the Chief Customer Officer", "3"]);

  const json = (await (await page.request.get(`${planUrl}/export/plan.json`)).json()) as { data: { type: string; attributes: Record<string, unknown> }; meta: { status: string; actions: Record<string, unknown>[] } };
  expect(json.data.type).toBe("cx_action_plans");
  expect(json.data.attributes).toMatchObject({ service_provider_name: program.name, year: fiscalYearOf(new Date().toISOString().slice(0, 10)), delivered_current_year: "Published the first service standard." });
  expect(json.meta).toMatchObject({ status: "signed_off", actions: [{ title: "Raise Strategy to level 3", baseline_value: 2, target_value: 10, unit: "tasks", owner: "Office of the Chief Customer Officer" }] });

  // In the results' report: the printable page the PDF is made from, and the PDF itself.
  await page.goto(`/assessments/${assessmentId}/results?print=1`);
  const section = page.getByRole("region", { name: "CX action plan" });
  await expect(section).toContainText(`${fy} action plan, version 1: signed off by ${cco.name}`);
  await expect(section.getByRole("row", { name: /Raise Strategy to level 3/ })).toContainText("Top tasks with a published service standard: 2 tasks → 10 tasks");
  await expectAccessible(page);
  const pdf = await page.request.get(`/assessments/${assessmentId}/report.pdf`, { timeout: 60_000 });
  expect(pdf.status()).toBe(200);
  expect((await pdf.body()).toString("latin1").startsWith("%PDF")).toBe(true);
});
