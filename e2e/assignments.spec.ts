// A lead assigns a discipline to a colleague on the program, with a due date; the colleague finds it
// under "My work", marked overdue once the date has passed; the task list says who answers what. A
// lead invites a colleague who has no account yet.
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { addLead, createDraft, createProgramWithLead, TEST_PASSWORD } from "./factories";
import { expectAccessible, formProblem, signIn } from "./fixtures";
import { expectMail } from "./mail";

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
