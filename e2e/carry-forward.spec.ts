// A new cycle starts from the last accepted answers: each is copied, marked "carried over", and
// confirmed or changed before the assessment can be submitted.
import { expect, test, type Locator } from "@playwright/test";
import { createAssessment, createProgramWithLead, e2eDb, TEST_PASSWORD } from "./factories";
import { expectAccessible, signIn } from "./fixtures";

const choose = (scope: Locator, option: string) => scope.locator("label", { hasText: option }).click();

test("a lead starts FY2026 from the FY2025 accepted answers, changes one, confirms a discipline, and cannot submit until every one is confirmed", async ({ page }) => {
  test.setTimeout(120_000);
  const { program, lead } = await createProgramWithLead("Carry");
  const fy2025 = await e2eDb().cycle.findUniqueOrThrow({ where: { name: "FY2025" }, select: { id: true } });
  const accepted = await createAssessment(program.id, lead.id, { status: "ACCEPTED", cycleId: fy2025.id, level: 3 });
  const total = accepted.practiceCount;
  // The first practice of the first discipline (Strategy), with evidence that must come along.
  const first = await e2eDb().answer.findFirstOrThrow({
    where: { assessmentId: accepted.assessmentId },
    orderBy: [{ practice: { discipline: { position: "asc" } } }, { practice: { position: "asc" } }],
    select: { practiceId: true },
  });
  await e2eDb().answer.update({
    where: { assessmentId_practiceId: { assessmentId: accepted.assessmentId, practiceId: first.practiceId } },
    data: { evidenceNote: "Customer journey maps for the top five tasks" },
  });

  await signIn(page, lead.email, TEST_PASSWORD);
  await page.getByRole("link", { name: program.name, exact: true }).click();
  await expect(page.getByRole("radio", { name: /From the FY2025 accepted answers/ })).toBeChecked();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Start the FY2026 self-assessment" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("FY2026 self-assessment");
  await expect(page.locator(".usa-intro")).toContainText(`${total} of them carried over`);
  await expect(page.getByRole("row", { name: /Strategy/ })).toContainText("carried over to confirm");

  await page.getByRole("link", { name: "Strategy" }).click();
  const practices = page.locator("fieldset[id^=practice-]");
  await expect(practices.first()).toBeVisible();
  const strategyCount = await practices.count();
  await expect(page.getByRole("heading", { name: `${strategyCount} answers carried over from the last accepted assessment` })).toBeVisible();
  await expect(practices.first().getByLabel("Evidence note (optional)")).toHaveValue("Customer journey maps for the top five tasks");
  await expect(practices.first().getByText("Carried over", { exact: true })).toBeVisible();
  await expectAccessible(page);

  // Changed, an answer is the lead's own: its mark goes.
  await choose(practices.nth(1), "Level 4: Foundational");
  await expect(practices.nth(1).getByTestId(/^save-status-/)).toContainText("Saved");
  // Level 4 needs evidence before submission.
  await practices.nth(1).getByLabel("Evidence note (optional)").fill("The CX strategy was adopted in March and is reviewed each quarter.");
  await practices.nth(1).getByLabel("Evidence note (optional)").blur();
  await expect(practices.nth(1).getByTestId(/^save-status-/)).toContainText("Saved");
  await expect(practices.nth(1).getByText("Carried over", { exact: true })).toHaveCount(0);
  await page.getByRole("button", { name: "Confirm the answers still marked “Carried over”" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Confirmed ${strategyCount - 1} carried answers as they stand.` })).toBeVisible();
  await expect(page.getByText("Carried over", { exact: true })).toHaveCount(0);
  await expectAccessible(page);

  const { id: assessmentId } = await e2eDb().assessment.findFirstOrThrow({ where: { programId: program.id, status: "DRAFT" }, select: { id: true } });
  await page.goto(`/assessments/${assessmentId}/check`);
  const waiting = total - strategyCount;
  await expect(page.getByRole("heading", { name: `${waiting} answers carried over from the last accepted assessment are not confirmed` })).toBeVisible();
  await expect(page.getByRole("link", { name: /carried over: confirm/ })).toHaveCount(waiting);
  await expect(page.getByRole("button", { name: /Submit/ })).toBeDisabled();
  await expectAccessible(page);
  expect(await e2eDb().auditEvent.count({ where: { action: "answer.confirm-carried", actorEmail: lead.email } })).toBe(1);

  // Every other discipline confirmed as it stands, the assessment submits, and its results say what changed.
  const disciplines = await e2eDb().discipline.findMany({ where: { model: { isCurrent: true }, key: { not: "strategy" } }, select: { key: true } });
  for (const { key } of disciplines) {
    await page.goto(`/assessments/${assessmentId}/disciplines/${key}`);
    await page.getByRole("button", { name: "Confirm the answers still marked “Carried over”" }).click();
    await expect(page.getByRole("status").filter({ hasText: /^Confirmed \d+ carried answers as they stand\.$/ })).toBeVisible();
  }
  await page.goto(`/assessments/${assessmentId}/check`);
  await page.getByRole("button", { name: "Submit for council review" }).click();
  await expect(page.getByRole("heading", { name: "Submitted for council review" })).toBeVisible();
  const changes = page.getByRole("table", { name: /Practices answered differently from the FY2025 accepted assessment \(1\)/ });
  await expect(changes.getByRole("row")).toHaveCount(2);
  await expect(changes.getByRole("row").nth(1)).toContainText("3: Strategic");
  await expect(changes.getByRole("row").nth(1)).toContainText("4: Foundational");
  await expectAccessible(page);
});
