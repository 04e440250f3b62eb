import { expect, test, type Locator, type Page } from "@playwright/test";
import { addLead, createDraft, createProgramWithLead, e2eDb, TEST_PASSWORD } from "./factories";
import { expectAccessible, signIn } from "./fixtures";

/** Answers every practice on a discipline page by keyboard: Tab from group to group, arrows to choose. */
async function answerDisciplineByKeyboard(page: Page, choose: "level-1" | "level-3" | "not-applicable-first") {
  const groups = page.locator("fieldset[id^=practice-]");
  const count = await groups.count();
  await groups.first().locator("input[type=radio]").first().focus();
  for (let i = 0; i < count; i++) {
    if (choose === "level-3") {
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("ArrowDown");
    } else if (choose === "not-applicable-first" && i === 0) {
      await page.keyboard.press("ArrowUp"); // wraps to the last option, "Not applicable"
    } else {
      await page.keyboard.press("Space");
    }
    await expect(page.getByTestId(/^save-status-/).nth(i)).toContainText("Saved");
    // Past the note, the links and the practice's discussion to the next practice's options.
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
  }
  return count;
}

/** Clicks an option's label, as a person does (USWDS hides the radio itself off-screen). */
const choose = (scope: Locator, option: string) => scope.locator("label", { hasText: option }).click();

test("a lead completes a whole assessment by keyboard, reloads mid-way, submits and sees results", async ({ page }) => {
  test.setTimeout(240_000);
  const { program, lead } = await createProgramWithLead("Journey");
  await signIn(page, lead.email, TEST_PASSWORD);
  await expect(page).toHaveURL("/lead");
  await expect(page.getByRole("table")).toContainText("Not started");
  await page.getByRole("link", { name: `Start ${program.name}` }).focus();
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: /Start the FY2026 self-assessment/ }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("FY2026 self-assessment");
  await expectAccessible(page);
  const overviewUrl = page.url();

  const disciplines = await page.getByRole("table").getByRole("link").allTextContents();
  expect(disciplines).toEqual(["Strategy", "Customer Understanding", "Design", "Measurement", "Governance", "Culture"]);
  let total = 0;
  for (const [index, name] of disciplines.entries()) {
    await page.goto(overviewUrl);
    await page.getByRole("link", { name, exact: true }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
    if (index === 0) await expectAccessible(page);
    total += await answerDisciplineByKeyboard(page, index < 3 ? "level-3" : index === 5 ? "not-applicable-first" : "level-1");
    if (index === 1) {
      // Mid-way: a reload brings every answer back.
      await page.reload();
      const checked = await page.locator("input[type=radio]:checked").count();
      expect(checked).toBe(await page.locator("fieldset[id^=practice-]").count());
      await expect(page.locator("input[type=radio][value='3']:checked")).toHaveCount(checked);
      await expect(page.getByText(/Last changed by Journey Lead/).first()).toBeVisible();
    }
  }
  expect(total).toBeGreaterThanOrEqual(30);

  await page.goto(overviewUrl);
  await expect(page.getByText(`${total} of ${total} practices answered.`)).toBeVisible();
  await page.getByRole("link", { name: "Check your answers and submit" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your answers");
  // Version 2 asks why a practice does not apply before the assessment can go to the council.
  await expect(page.getByText("1 “not applicable” answer needs a reason")).toBeVisible();
  await expect(page.getByRole("button", { name: "Submit for council review" })).toBeDisabled();
  await expectAccessible(page);
  await page.getByRole("link", { name: /Not applicable: reason needed/ }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Culture");
  const unexplained = page.locator("fieldset[id^=practice-]").first();
  await unexplained.getByLabel("Evidence note (optional)").focus();
  await page.keyboard.type("Our program has no staff of its own for this: the agency's shared service center runs it.");
  await page.keyboard.press("Tab");
  await expect(unexplained.getByTestId(/^save-status-/)).toContainText("Saved");
  await page.goto(`${overviewUrl}/check`);
  await expect(page.getByText("Every practice is answered.")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Submit for council review" }).focus();
  await page.keyboard.press("Enter");

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Results");
  await expect(page.getByRole("status").filter({ hasText: "Submitted for council review" })).toBeVisible();
  // Strategy, Customer Understanding, Design at 3; the rest at 1: overall (3+3+3+1+1+1)/6 = 2.0, level 1.
  await expect(page.getByText("Overall level 1 · Reactive, score 2 of 5.")).toBeVisible();
  const scores = page.getByRole("table", { name: /Level and score of each discipline/ });
  await expect(scores.getByRole("row", { name: /Strategy/ })).toContainText("3 · Strategic");
  await expect(scores.getByRole("row", { name: /Culture/ })).toContainText("1 · Reactive");
  await expect(page.getByText(/Strongest is Strategy at 3 of 5/)).toBeVisible();
  const gaps = page.getByRole("table", { name: /Current level, target and gap/ });
  await expect(gaps.getByRole("row", { name: /Design/ })).toContainText("4 · Foundational (next level up)");
  await expect(page.getByText("6 of 6 disciplines are below target.", { exact: false })).toBeVisible();
  await expect(page.getByRole("img", { name: /Current and target level of each discipline/ })).toBeVisible();
  await expectAccessible(page);

  // Each gap opens onto its practices and toolkit resources, most specific first.
  await page.getByText("Strategy: 1 level below target").focus();
  await page.keyboard.press("Enter");
  const strategyGap = page.locator("details", { hasText: "Strategy: 1 level below target" });
  // A screen reader names each expandable gap by its summary, not just "group".
  await expect(page.getByRole("group", { name: "Strategy: 1 level below target" })).toBeVisible();
  await expect(strategyGap.getByRole("heading", { name: /Practices furthest below the target of level 4/ })).toBeVisible();
  await expect(strategyGap.getByRole("link").first()).toHaveAttribute("href", /^https?:\/\//);
  await expectAccessible(page);

  await page.getByRole("link", { name: "Printable version" }).click();
  await expect(page.locator("details[open]")).toHaveCount(6);
  await expectAccessible(page);

  const assessment = await e2eDb().assessment.findFirstOrThrow({ where: { programId: program.id }, select: { status: true, id: true } });
  expect(assessment.status).toBe("SUBMITTED");
  expect(await e2eDb().auditEvent.count({ where: { entityId: assessment.id, action: "assessment.submit" } })).toBe(1);
});

test("two people editing the same answer: the second sees the conflict and can re-apply", async ({ browser }) => {
  const { program, lead } = await createProgramWithLead("Conflict");
  const other = await addLead(program.id, "Second Lead");
  const { assessmentId } = await createDraft(program.id, lead.id);
  const url = `/assessments/${assessmentId}/disciplines/strategy`;

  const first = await (await browser.newContext()).newPage();
  const second = await (await browser.newContext()).newPage();
  await signIn(first, lead.email, TEST_PASSWORD);
  await signIn(second, other.email, TEST_PASSWORD);
  await expect(first).toHaveURL("/lead");
  await expect(second).toHaveURL("/lead");
  await first.goto(url);
  await second.goto(url);

  const practice = (page: Page) => page.locator("fieldset[id^=practice-]").first();
  await choose(practice(first), "Level 2: Tactical");
  await expect(practice(first).getByTestId(/^save-status-/)).toContainText("Saved");

  await choose(practice(second), "Level 4: Foundational");
  const conflict = practice(second).getByRole("alert").filter({ hasText: "Someone else changed this answer" });
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText("Conflict Lead answered “Level 2: Tactical”");
  await expect(conflict).toContainText("Your answer, “Level 4: Foundational”, is not saved.");
  await expectAccessible(second);

  await conflict.getByRole("button", { name: "Save my answer instead" }).click();
  await expect(practice(second).getByTestId(/^save-status-/)).toContainText("Saved");
  await first.reload();
  await expect(practice(first).getByLabel(/Level 4: Foundational/)).toBeChecked();
  await expect(practice(first).getByText(/Last changed by Second Lead/)).toBeVisible();

  const answers = await e2eDb().answer.findMany({ where: { assessmentId }, select: { level: true, version: true } });
  expect(answers).toEqual([{ level: 4, version: 2 }]);
});

test("a double submit creates one submission", async ({ page }) => {
  const { program, lead } = await createProgramWithLead("Double");
  const { assessmentId, practiceCount } = await createDraft(program.id, lead.id, { answered: Number.MAX_SAFE_INTEGER });
  await signIn(page, lead.email, TEST_PASSWORD);
  await expect(page).toHaveURL("/lead");
  await page.goto(`/assessments/${assessmentId}/check`);
  await expect(page.getByText("Every practice is answered.")).toBeVisible();
  await page.getByRole("button", { name: "Submit for council review" }).dblclick();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Results");
  expect(practiceCount).toBeGreaterThan(0);
  expect(await e2eDb().auditEvent.count({ where: { entityId: assessmentId, action: "assessment.submit" } })).toBe(1);
  const submitted = await e2eDb().assessment.findUniqueOrThrow({ where: { id: assessmentId }, select: { status: true, version: true } });
  expect(submitted).toEqual({ status: "SUBMITTED", version: 2 });
});

test("check your answers lists what is missing and refuses an incomplete submission", async ({ page }) => {
  const { program, lead } = await createProgramWithLead("Incomplete");
  const { assessmentId } = await createDraft(program.id, lead.id, { answered: 5 });
  await signIn(page, lead.email, TEST_PASSWORD);
  await expect(page).toHaveURL("/lead");
  await page.goto(`/assessments/${assessmentId}/check`);
  await expect(page.getByRole("heading", { name: /practices are not answered yet/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "Submit for council review" })).toBeDisabled();
  await expectAccessible(page);
  await page.getByRole("link", { name: /Not answered/ }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("Check your answers");
});

test("bad input on the questionnaire gets a specific message and saves nothing", async ({ page }) => {
  const { program, lead } = await createProgramWithLead("Invalid");
  const { assessmentId } = await createDraft(program.id, lead.id);
  await signIn(page, lead.email, TEST_PASSWORD);
  await expect(page).toHaveURL("/lead");
  await page.goto(`/assessments/${assessmentId}/disciplines/measurement`);
  const practice = page.locator("fieldset[id^=practice-]").first();
  await practice.getByLabel("Evidence links (optional)").fill("not a link");
  await choose(practice, "Level 3: Strategic");
  await expect(practice.getByRole("alert")).toContainText("Each evidence link must be a full web address starting with https://");
  await expectAccessible(page);
  expect(await e2eDb().answer.count({ where: { assessmentId } })).toBe(0);

  await practice.getByLabel("Evidence links (optional)").fill("https://www.performance.gov/cx/");
  await practice.getByLabel("Evidence links (optional)").blur();
  await expect(practice.getByTestId(/^save-status-/)).toContainText("Saved");
  const saved = await e2eDb().answer.findFirstOrThrow({ where: { assessmentId }, select: { level: true, evidenceLinks: true } });
  expect(saved).toEqual({ level: 3, evidenceLinks: ["https://www.performance.gov/cx/"] });
});
