// A lead assigns a discipline to a colleague on the program, with a due date, and one of its practices
// to themselves; each finds their work under "My work", marked overdue once the date has passed; the
// task list says who answers what. A lead invites a colleague who has no account yet.
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { addLead, createDraft, createProgramWithLead, TEST_PASSWORD } from "./factories";
import { expectAccessible, formProblem, signIn } from "./fixtures";
import { expectMail } from "./mail";

test("a lead assigns Strategy to a colleague and one of its practices to themselves; each sees their part under My work", async ({ browser }) => {
  const { program, lead } = await createProgramWithLead("Assign");
  const colleague = await addLead(program.id, "Colleague");
  const { assessmentId } = await createDraft(program.id, lead.id, { answered: 2 });

  const page = await (await browser.newContext()).newPage();
  await signIn(page, lead.email, TEST_PASSWORD);
  await expect(page).toHaveURL("/lead");
  await page.goto(`/assessments/${assessmentId}`);
  await page.getByRole("link", { name: "Assign work" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Assign work");
  await expectAccessible(page);
  const strategy = page.getByRole("region", { name: "Strategy" });
  await strategy.getByLabel("Who answers Strategy").selectOption({ label: `${colleague.name} (${colleague.email})` });
  await strategy.getByLabel("When Strategy is due (optional)").fill("2020-01-31");
  await strategy.getByRole("button", { name: "Save the assignment of Strategy" }).click();
  await expect(strategy.getByRole("status")).toHaveText(`Assigned to ${colleague.name}.`);

  // The second practice (answered already) goes to the lead, by keyboard.
  const single = strategy.getByText("Single practices of Strategy");
  await single.focus();
  await page.keyboard.press("Enter");
  const label = (await strategy.locator('details label[for^="assignee-"]').nth(1).textContent())!;
  const title = label.replace(/^Who answers “(.*)”$/, "$1");
  const assignee = strategy.getByLabel(label);
  await assignee.selectOption({ label: `${lead.name} (${lead.email})` });
  await strategy.getByLabel(`When ${title} is due (optional)`).fill("2020-02-15");
  await strategy.getByRole("button", { name: `Save the assignment of ${title}` }).press("Enter");
  await expect(strategy.getByRole("status").nth(1)).toHaveText(`Assigned to ${lead.name}.`);
  await expectAccessible(page);
  const [told] = await expectMail(lead.email, 1);
  expect(told!.subject).toContain(`${title} (Strategy) assigned to you: ${program.name}, `);

  await page.goto(`/assessments/${assessmentId}`);
  const row = page.getByRole("row", { name: /Strategy/ });
  await expect(row).toContainText(`${colleague.name}, due 2020-01-31`);
  await expect(row).toContainText("Overdue");
  await expect(row).toContainText("One practice assigned on its own");
  const people = page.getByRole("table", { name: "Who is doing what" });
  await expect(people.getByRole("row", { name: colleague.name })).toContainText("1 assignment");
  await expect(people.getByRole("row", { name: lead.name })).toContainText("1 of 1");
  await expectAccessible(page);

  await page.getByRole("link", { name: "My work" }).click();
  const mine = page.getByRole("row", { name: title });
  await expect(mine).toContainText("Done (1 of 1)");
  await mine.getByRole("link", { name: `${title} (Strategy)` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Strategy");
  await expect(page.getByRole("group", { name: title })).toContainText(`Assigned to ${lead.name}, due 2020-02-15`);

  const theirs = await (await browser.newContext()).newPage();
  await signIn(theirs, colleague.email, TEST_PASSWORD);
  await expect(theirs).toHaveURL("/lead");
  await theirs.getByRole("link", { name: "My work" }).click();
  await expect(theirs.getByRole("heading", { level: 1 })).toHaveText("My work");
  await expect(theirs.locator(".usa-intro")).toHaveText("You have one assignment, 1 past its due date.");
  const work = theirs.getByRole("row", { name: /Strategy/ });
  await expect(work).toContainText(program.name);
  await expect(work).toContainText("Overdue");
  // The practice given to the lead is not the colleague's any more: one of theirs is answered.
  await expect(work).toContainText("In progress (1 of");
  await expectAccessible(theirs);
  await work.getByRole("link", { name: "Strategy" }).click();
  await expect(theirs.getByRole("heading", { level: 1 })).toHaveText("Strategy");
});

test("a lead invites a colleague to the program, who gets an e-mail and can be assigned work at once", async ({ browser }) => {
  const { program, lead } = await createProgramWithLead("Invite colleague");
  const { assessmentId } = await createDraft(program.id, lead.id);
  const email = `colleague-${randomUUID().slice(0, 8)}@example.gov`;
  const page = await (await browser.newContext()).newPage();
  await signIn(page, lead.email, TEST_PASSWORD);
  await expect(page).toHaveURL("/lead");
  await page.goto(`/assessments/${assessmentId}/assignments`);
  const invite = page.getByRole("region", { name: "Someone missing?" });
  await invite.getByLabel("Their name").fill("Cole League");
  // Passes the browser's own check of the field, not the server's (an address needs a domain with a dot).
  await invite.getByLabel("Their e-mail address").fill("cole@agency");
  await invite.getByRole("button", { name: "Invite to the program" }).click();
  await expect(formProblem(page)).toContainText("Enter an email address in the correct format");
  await invite.getByLabel("Their e-mail address").fill(email);
  await invite.getByRole("button", { name: "Invite to the program" }).click();
  await expect(invite.getByRole("status")).toHaveText(`Cole League can now be assigned work. An invitation to choose a password was e-mailed to ${email}.`);
  await expectAccessible(page);
  const [mail] = await expectMail(email, 1);
  expect(mail!.subject).toBe("Your account for CX Maturity Assessment");
  expect(mail!.text).toContain("Invite colleague Lead created an account for you");
  await page.reload();
  await expect(page.getByRole("region", { name: "Strategy" }).getByLabel("Who answers Strategy").getByRole("option", { name: `Cole League (${email})` })).toHaveCount(1);
});
