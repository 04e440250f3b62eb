// The targets form stores only what a person chose; "next level up" stays a rule, not a frozen value.
import { expect, test } from "@playwright/test";
import { createProgramWithLead, createSubmitted, e2eDb, TEST_PASSWORD } from "./factories";
import { expectAccessible, formProblem, signIn } from "./fixtures";

test("saving one discipline's target stores that one; the others stay “next level up”", async ({ page }) => {
  const p = await createProgramWithLead("Targets");
  const { assessmentId } = await createSubmitted(p.program.id, p.lead.id, 2);
  await signIn(page, p.lead.email, TEST_PASSWORD);
  await expect(page).toHaveURL("/lead");
  await page.goto(`/assessments/${assessmentId}/results`);

  const design = page.getByLabel("Target level for Design");
  await expect(design).toHaveValue("");
  await expect(design.locator("option:checked")).toHaveText("Next level up (now 3 · Strategic)");
  // By keyboard: choose Foundational for Design only, then save.
  await design.focus();
  await design.selectOption("4");
  await page.getByRole("button", { name: "Save targets" }).press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Targets saved." })).toBeVisible();
  expect(await e2eDb().target.findMany({ where: { programId: p.program.id }, select: { disciplineKey: true, targetLevel: true } })).toEqual([{ disciplineKey: "design", targetLevel: 4 }]);
  await expect(page.getByLabel("Target level for Strategy")).toHaveValue("");
  await expect(page.getByLabel("Target level for Design")).toHaveValue("4");

  // A due date without a level is refused, naming the discipline, and nothing changes.
  await page.getByLabel("Due date for Culture").fill("2027-09-30");
  await page.getByRole("button", { name: "Save targets" }).click();
  await expect(page.locator("#target-error-culture")).toHaveText("A due date needs a target level: choose one, or clear the date");
  await expect(formProblem(page)).toBeVisible();
  expect(await e2eDb().target.count({ where: { programId: p.program.id } })).toBe(1);
  await expectAccessible(page);
});
