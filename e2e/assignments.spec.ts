// A lead assigns a discipline to a colleague on the program, with a due date; the colleague finds it
// under "My work", marked overdue once the date has passed; the task list says who answers what.
import { expect, test } from "@playwright/test";
import { addLead, createDraft, createProgramWithLead, TEST_PASSWORD } from "./factories";
import { expectAccessible, signIn } from "./fixtures";

test("a lead assigns Strategy to a colleague, who sees it under My work, overdue", async ({ browser }) => {
  const { program, lead } = await createProgramWithLead("Assign");
  const colleague = await addLead(program.id, "Colleague");
  const { assessmentId } = await createDraft(program.id, lead.id, { answered: 2 });

  const page = await (await browser.newContext()).newPage();
  await signIn(page, lead.email, TEST_PASSWORD);
  await expect(page).toHaveURL("/lead");
  await page.goto(`/assessments/${assessmentId}`);
  await page.getByRole("link", { name: "Assign disciplines" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Assign disciplines");
  await expectAccessible(page);
  const strategy = page.getByRole("region", { name: "Strategy" });
  await strategy.getByLabel("Who answers Strategy").selectOption({ label: `${colleague.name} (${colleague.email})` });
  await strategy.getByLabel("Due (optional)").fill("2020-01-31");
  await strategy.getByRole("button", { name: "Save the assignment of Strategy" }).click();
  await expect(strategy.getByRole("status")).toHaveText(`Assigned to ${colleague.name}.`);

  await page.goto(`/assessments/${assessmentId}`);
  const row = page.getByRole("row", { name: /Strategy/ });
  await expect(row).toContainText(`${colleague.name}, due 2020-01-31`);
  await expect(row).toContainText("Overdue");
  await expectAccessible(page);

  const theirs = await (await browser.newContext()).newPage();
  await signIn(theirs, colleague.email, TEST_PASSWORD);
  await expect(theirs).toHaveURL("/lead");
  await theirs.getByRole("link", { name: "My work" }).click();
  await expect(theirs.getByRole("heading", { level: 1 })).toHaveText("My work");
  await expect(theirs.locator(".usa-intro")).toHaveText("One discipline is assigned to you, 1 past its due date.");
  const work = theirs.getByRole("row", { name: /Strategy/ });
  await expect(work).toContainText(program.name);
  await expect(work).toContainText("Overdue");
  await expect(work).toContainText("In progress (2 of");
  await expectAccessible(theirs);
  await work.getByRole("link", { name: "Strategy" }).click();
  await expect(theirs.getByRole("heading", { level: 1 })).toHaveText("Strategy");
});
