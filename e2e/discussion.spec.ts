// The discussion of a practice, over a real SMTP server: a lead asks a colleague to look again, with
// an @mention that e-mails them; a mention of someone outside the program is refused; links in a
// comment are links, anything else is text; the colleague clears the flag. A council return names
// the practices it is about.
import { expect, test } from "@playwright/test";
import { addLead, createDraft, createProgramWithLead, createSubmitted, e2eDb, TEST_PASSWORD } from "./factories";
import { expectAccessible, formProblem, signIn, signInAsNew } from "./fixtures";
import { expectMail, linkIn } from "./mail";

test("a lead flags a practice for another look and mentions a colleague, who is e-mailed and clears the flag", async ({ browser }) => {
  const { program, lead } = await createProgramWithLead("Discuss");
  const colleague = await addLead(program.id, "Discussant");
  const { lead: outsider } = await createProgramWithLead("Outside");
  const { assessmentId } = await createDraft(program.id, lead.id, { answered: 3 });

  const page = await (await browser.newContext()).newPage();
  await signIn(page, lead.email, TEST_PASSWORD);
  await expect(page).toHaveURL("/lead");
  await page.goto(`/assessments/${assessmentId}/disciplines/strategy`);
  const link = page.getByRole("link", { name: /^Discussion of .* \(0 comments\)$/ }).first();
  const practice = (/^Discussion of (.*) \(0 comments\)$/.exec((await link.textContent()) ?? "") ?? [])[1]!;
  await link.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Discussion: ${practice}`);
  await expect(page.locator(".usa-intro")).toHaveText("No comments yet.");
  await expectAccessible(page);

  await page.getByLabel("Comment").fill(`@${outsider.email} what do you think?`);
  await page.getByRole("button", { name: "Add comment" }).click();
  await expect(formProblem(page)).toContainText(`@${outsider.email} cannot see this assessment.`);
  await expect(page.locator(".usa-intro")).toHaveText("No comments yet.");

  const body = `@${colleague.email} the survey coverage looks low: see https://digital.gov/guides/ <b>not bold</b>`;
  await page.getByLabel("Comment").fill(body);
  await page.getByText("The answer needs another look").click();
  await page.getByRole("button", { name: "Add comment" }).click();
  await expect(page.getByRole("status")).toHaveText("Comment added.");
  await expect(page.locator(".usa-intro")).toHaveText("1 comment; one asks for another look at the answer.");
  const comments = page.getByRole("list", { name: "Comments, oldest first" });
  await expect(comments.getByRole("link", { name: "https://digital.gov/guides/" })).toHaveAttribute("href", "https://digital.gov/guides/");
  await expect(comments).toContainText("<b>not bold</b>");
  await expect(comments).toContainText("Needs another look");
  await expectAccessible(page);

  const [mail] = await expectMail(colleague.email, 1);
  expect(mail!.subject).toBe(`Discuss Lead mentioned you: ${practice}, ${program.name}`);
  const theirs = await (await browser.newContext()).newPage();
  await signIn(theirs, colleague.email, TEST_PASSWORD);
  await expect(theirs).toHaveURL("/lead");
  await theirs.goto(linkIn(mail!, "http://localhost:3100/assessments/"));
  await expect(theirs.getByRole("heading", { level: 1 })).toHaveText(`Discussion: ${practice}`);
  await theirs.getByRole("button", { name: "Clear “needs another look”" }).click();
  await expect(theirs.locator(".usa-intro")).toHaveText("1 comment.");
  await expect(theirs.getByRole("list", { name: "Comments, oldest first" })).toContainText(`Asked for another look; cleared by ${colleague.name}`);
  await expectAccessible(theirs);

  // The questionnaire says how many comments each practice has.
  await theirs.goto(`/assessments/${assessmentId}/disciplines/strategy`);
  await expect(theirs.getByRole("link", { name: `Discussion of ${practice} (1 comment)` })).toBeVisible();
});

test("a council return names a practice with a comment: the lead is e-mailed and finds it flagged in the practice's discussion", async ({ browser }) => {
  const { program, lead } = await createProgramWithLead("Returned");
  const { assessmentId } = await createSubmitted(program.id, lead.id, 4);
  const { practice } = await e2eDb().answer.findFirstOrThrow({
    where: { assessmentId },
    orderBy: [{ practice: { discipline: { position: "asc" } } }, { practice: { position: "asc" } }],
    select: { practice: { select: { id: true, title: true, discipline: { select: { key: true, name: true } } } } },
  });

  const council = await (await browser.newContext()).newPage();
  await signInAsNew(council, "COUNCIL");
  await council.goto(`/council/review/${assessmentId}`);
  await council.locator("label", { hasText: "Return to the program for revision" }).click();
  await council.getByLabel("Comment to the program").fill("Two answers need evidence before we can accept.");
  await council.locator("summary", { hasText: practice.discipline.name }).click();
  await council.getByLabel(`Comment on ${practice.title}`).fill("Which survey supports level 4 here?");
  await expectAccessible(council);
  await council.getByRole("button", { name: "Record decision" }).click();
  await expect(council.getByRole("status")).toContainText("Decision recorded: returned for revision.");

  const [mail] = await expectMail(lead.email, 1);
  expect(mail!.subject).toBe(`Returned for revision: ${program.name}, ${mail!.subject.split(", ").at(-1)}`);
  expect(mail!.text).toContain(`It comments on one practice, in its discussion: ${practice.title}.`);

  const page = await (await browser.newContext()).newPage();
  await signIn(page, lead.email, TEST_PASSWORD);
  await expect(page).toHaveURL("/lead");
  await page.goto(`/assessments/${assessmentId}/disciplines/${practice.discipline.key}`);
  const link = page.getByRole("link", { name: `Discussion of ${practice.title} (1 comment)` });
  await expect(link.locator("..")).toContainText("Needs another look");
  await link.click();
  await expect(page.getByRole("list", { name: "Comments, oldest first" })).toContainText("Which survey supports level 4 here?");
  await expect(page.locator(".usa-intro")).toHaveText("1 comment; one asks for another look at the answer.");
});
