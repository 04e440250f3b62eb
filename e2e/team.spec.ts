// A team assessment in Chromium: the lead asks two colleagues to rate; all three rate on their own,
// two of them two levels apart on one practice; a respondent sees no one's ratings before finishing;
// the consensus lists that practice first; a missing rationale is refused; a level-4 answer without
// evidence blocks submission, named; the CCO reads the ratings, numbered; the council validates one
// answer at another level with a reason and accepts; results, portfolio and the raw answers show both.
import { expect, test, type Page } from "@playwright/test";
import { addLead, createAccount, createDraft, createProgramWithLead, e2eDb, TEST_PASSWORD } from "./factories";
import { expectAccessible, formProblem, signIn, signInAsNew } from "./fixtures";

/** Every practice of the current model, in order. */
const practicesOfModel = () =>
  e2eDb().practice.findMany({
    where: { discipline: { model: { isCurrent: true } } },
    orderBy: [{ discipline: { position: "asc" } }, { position: "asc" }],
    select: { id: true, title: true, discipline: { select: { key: true } } },
  });

/** Rates all practices but the first at `level` (second at `second`), as if the person had done it on the page. */
async function rateTheRest(assessmentId: string, userId: string, practices: { id: string }[], second: number) {
  const { id } = await e2eDb().respondent.findUniqueOrThrow({ where: { assessmentId_userId: { assessmentId, userId } }, select: { id: true } });
  await e2eDb().rating.createMany({ data: practices.slice(1).map((p, i) => ({ respondentId: id, practiceId: p.id, level: i === 0 ? second : 3, confidence: "MEDIUM" as const })) });
}

/** On the person's rating sheet: the first practice at `level`, by keyboard, then "finished". */
async function rateFirstAndFinish(page: Page, title: string, level: string, note: string) {
  const practice = page.getByRole("group", { name: `1. ${title}` });
  await practice.getByLabel(new RegExp(`^${level}`)).focus();
  await page.keyboard.press("Space");
  await practice.locator("label", { hasText: /^High$/ }).click();
  await practice.getByLabel("Note (optional)").fill(note);
  await practice.getByLabel("Note (optional)").press("Tab");
  await expect(page.locator(`[data-testid^="rating-status-"]`).first()).toHaveText(/^Saved on /);
  await page.getByRole("button", { name: "I have finished rating" }).click();
  await expect(page.getByRole("link", { name: "See the team’s ratings" })).toBeVisible();
}

test("a team rates on its own, the lead settles the disagreement with a rationale, and the council reads the ratings", async ({ browser }) => {
  test.setTimeout(180_000);
  const { program, lead } = await createProgramWithLead("Team");
  const colleague = await addLead(program.id, "Colleague");
  const respondent = await createAccount("RESPONDENT", "Respondent", { programIds: [program.id] });
  const { assessmentId } = await createDraft(program.id, lead.id, { answered: 0 });
  const practices = await practicesOfModel();
  const [first, second] = practices as [(typeof practices)[0], (typeof practices)[0]];

  // The lead asks the colleague, the respondent and themselves.
  const leadPage = await (await browser.newContext()).newPage();
  await signIn(leadPage, lead.email, TEST_PASSWORD);
  await expect(leadPage).toHaveURL("/lead");
  await leadPage.goto(`/assessments/${assessmentId}`);
  await leadPage.getByRole("link", { name: "Rate as a team" }).click();
  await expect(leadPage.getByRole("heading", { level: 1 })).toHaveText("Rate as a team");
  await expectAccessible(leadPage);
  for (const person of [colleague, respondent, lead]) {
    await leadPage.getByLabel("Who to ask").selectOption({ label: `${person.name} (${person.email})` });
    await leadPage.getByRole("button", { name: "Ask to rate" }).click();
    await expect(leadPage.getByRole("table", { name: "Who rates, and how far each has got" }).getByRole("row", { name: person.name })).toContainText("Not yet");
  }
  await expect(leadPage.getByRole("table", { name: "Who rates, and how far each has got" }).getByRole("row")).toHaveCount(4);
  await expect(leadPage.getByText(`Everyone on ${program.name} is asked already.`)).toBeVisible();
  await expectAccessible(leadPage);
  for (const [person, level] of [
    [colleague, 3],
    [respondent, 4],
    [lead, 4],
  ] as const) {
    await rateTheRest(assessmentId, person.id, practices, level);
  }

  // The respondent: My work leads to the sheet; before finishing, the team's ratings are hidden.
  const theirs = await (await browser.newContext()).newPage();
  await signIn(theirs, respondent.email, TEST_PASSWORD);
  await expect(theirs).toHaveURL("/my-work");
  await theirs.getByRole("link", { name: `Your ratings: ${program.name}` }).click();
  await expect(theirs.getByRole("heading", { level: 1 })).toHaveText("Your ratings");
  await expectAccessible(theirs);
  await theirs.goto(`/assessments/${assessmentId}/consensus`);
  await expect(theirs.getByRole("heading", { name: "The ratings are not shown yet" })).toBeVisible();
  await expect(theirs.getByRole("table")).toHaveCount(0);
  await expectAccessible(theirs);
  await theirs.getByRole("link", { name: "Finish your ratings" }).click();
  await rateFirstAndFinish(theirs, first.title, "Level 4", "The journey maps are used in every release.");
  // The program's own pages stay closed to a respondent.
  expect((await theirs.goto(`/assessments/${assessmentId}`))!.status()).toBe(404);

  const colleaguePage = await (await browser.newContext()).newPage();
  await signIn(colleaguePage, colleague.email, TEST_PASSWORD);
  await expect(colleaguePage).toHaveURL("/lead");
  await colleaguePage.goto("/my-work");
  await colleaguePage.getByRole("link", { name: `Your ratings: ${program.name}` }).click();
  await rateFirstAndFinish(colleaguePage, first.title, "Level 2", "Only one journey is mapped.");
  // Finished, the colleague (a lead of the program) sees the finished ratings with names.
  await colleaguePage.getByRole("link", { name: "See the team’s ratings" }).click();
  const seen = colleaguePage.locator(`#practice-${first.id}`);
  await expect(seen.getByRole("row")).toHaveCount(3);
  await expect(seen.getByRole("row", { name: respondent.name })).toContainText("Level 4");
  await expectAccessible(colleaguePage);
  // The respondent sees them too, numbered in the order they were asked: the colleague is Respondent 1.
  await theirs.goto(`/assessments/${assessmentId}/consensus`);
  const theirView = theirs.locator(`#practice-${first.id}`);
  await expect(theirView.getByRole("row", { name: "Respondent 1" })).toContainText("Level 2");
  await expect(theirs.locator("main")).not.toContainText(colleague.name);
  await expectAccessible(theirs);

  // The lead sees who has finished, not what they chose, then rates and starts the consensus.
  await leadPage.reload();
  await expect(leadPage.getByText("2 of 3 respondents have finished.")).toBeVisible();
  await leadPage.goto(`/assessments/${assessmentId}/ratings`);
  await rateFirstAndFinish(leadPage, first.title, "Level 3", "");
  await leadPage.goto(`/assessments/${assessmentId}/team`);
  await leadPage.getByRole("button", { name: "Start the consensus" }).click();
  await expect(leadPage.getByText("The consensus has started: rating is closed.")).toBeVisible();
  await leadPage.goto(`/assessments/${assessmentId}/consensus`);
  await expect(leadPage.getByRole("heading", { level: 1 })).toHaveText("Team ratings and consensus");
  const firstSection = leadPage.locator("section[id^=practice-]").first();
  await expect(firstSection.getByRole("heading", { level: 3 })).toContainText(first.title);
  await expect(firstSection.getByRole("heading", { level: 3 })).toContainText("Disagreement");
  await expect(firstSection).toContainText("3 ratings: median 3, lowest 2, highest 4.");
  await expect(firstSection.getByRole("row", { name: colleague.name })).toContainText("Only one journey is mapped.");
  await expectAccessible(leadPage);

  // Prefilled with the median; without a rationale it is refused, with one it is the team's answer.
  await expect(firstSection.getByLabel("Level 3: Strategic")).toBeChecked();
  await firstSection.getByRole("button", { name: `Save the team’s answer for “${first.title}”` }).click();
  await expect(formProblem(leadPage)).toContainText(`Give a rationale: the ratings of “${first.title}” disagree.`);
  await expect(firstSection.locator(".usa-error-message")).toHaveText(`Say why the team chose this answer: the ratings of “${first.title}” disagree`);
  await expect(firstSection.getByLabel(`Rationale for “${first.title}”`)).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(leadPage);
  await firstSection.getByLabel(`Rationale for “${first.title}”`).fill("One journey is mapped and used; the others are not yet.");
  await firstSection.getByRole("button", { name: `Save the team’s answer for “${first.title}”` }).click();
  await expect(firstSection.getByRole("status")).toHaveText("The team's answer is saved.");

  // The rest agree: one button takes each suggestion (the second practice's is 4, without evidence).
  await leadPage.getByRole("button", { name: "Take the suggestion for every practice without disagreement" }).click();
  await expect(leadPage.getByRole("status").filter({ hasText: "The suggested answer is now the team's for" })).toHaveText(
    `The suggested answer is now the team's for ${practices.length - 1} practices.`,
  );
  await expect(leadPage.locator(`#practice-${second.id} summary`)).toContainText("the team’s answer: Level 4");
  await leadPage.goto(`/assessments/${assessmentId}/check`);
  await expect(leadPage.getByRole("heading", { name: "High levels need evidence" })).toBeVisible();
  await expect(leadPage.getByText(`1 practice is answered at a high level without evidence: “${second.title}” (level 4).`)).toBeVisible();
  await expect(leadPage.getByRole("button", { name: "Submit for council review" })).toBeDisabled();
  await expectAccessible(leadPage);
  await leadPage.getByRole("link", { name: `Level 4: evidence needed for “${second.title}”` }).click();
  const evidence = leadPage.getByRole("group", { name: second.title });
  await evidence.getByLabel("Evidence links (optional)").fill("https://example.gov/research/journey-maps");
  await evidence.getByLabel("Evidence links (optional)").blur();
  await expect(leadPage.getByTestId(`save-status-${second.id}`)).toHaveText(/^Saved on /);
  await leadPage.goto(`/assessments/${assessmentId}/check`);
  await leadPage.getByRole("button", { name: "Submit for council review" }).click();
  await expect(leadPage.getByRole("heading", { name: "Submitted for council review" })).toBeVisible();

  // Submitted: the agency's CCO reads the ratings with respondents numbered.
  const cco = await createAccount("CCO", "Team CCO", { agencyId: (await e2eDb().program.findUniqueOrThrow({ where: { id: program.id } })).agencyId });
  const ccoPage = await (await browser.newContext()).newPage();
  await signIn(ccoPage, cco.email, TEST_PASSWORD);
  await expect(ccoPage).toHaveURL("/cco");
  await ccoPage.goto(`/assessments/${assessmentId}`);
  await ccoPage.getByRole("link", { name: "Team ratings and consensus" }).click();
  const ccoFirst = ccoPage.locator("section[id^=practice-]").first();
  await expect(ccoFirst.getByRole("row", { name: "Respondent 1" })).toContainText("Level 2");
  await expect(ccoFirst.getByRole("row", { name: "Respondent 2" })).toContainText("Level 4");
  await expect(ccoFirst).toContainText("The team’s answer: Level 3. Rationale: One journey is mapped and used; the others are not yet.");
  await expect(ccoPage.locator("main")).not.toContainText(colleague.name);
  await expectAccessible(ccoPage);

  // The council validates the first answer at level 1: refused without a reason, then accepted with one.
  const councilPage = await (await browser.newContext()).newPage();
  await signInAsNew(councilPage, "COUNCIL");
  await expect(councilPage).toHaveURL("/council");
  await councilPage.goto(`/council/review/${assessmentId}`);
  await expect(councilPage.getByRole("table", { name: "Answers for Strategy" })).toContainText("Team rationale: One journey is mapped and used; the others are not yet.");
  await councilPage.locator("summary", { hasText: /^Strategy$/ }).click();
  await councilPage.getByLabel(`Validated answer for “${first.title}”`).selectOption("1");
  await councilPage.locator("label", { hasText: "Accept: the levels are supported by the evidence" }).click();
  await councilPage.getByRole("button", { name: "Record decision" }).click();
  await expect(formProblem(councilPage)).toContainText(`Say why the council validates another answer for “${first.title}”.`);
  await expectAccessible(councilPage);
  await councilPage.getByLabel(`Why another answer for “${first.title}”`).fill("Only one journey is mapped; nothing is acted on yet.");
  await councilPage.locator("label", { hasText: "Accept: the levels are supported by the evidence" }).click();
  await councilPage.getByRole("button", { name: "Record decision" }).click();
  await expect(councilPage.getByRole("status")).toHaveText("Decision recorded: accepted.");

  await councilPage.goto(`/assessments/${assessmentId}/results`);
  const validation = councilPage.getByRole("region", { name: "Validated by the council" });
  await expect(validation).toContainText("The council validated one answer differently");
  await expect(validation.getByRole("row", { name: first.title })).toContainText("Only one journey is mapped; nothing is acted on yet.");
  await expectAccessible(councilPage);

  const agencyId = (await e2eDb().program.findUniqueOrThrow({ where: { id: program.id } })).agencyId;
  await councilPage.goto(`/portfolio?agency=${agencyId}`);
  await expect(councilPage.getByText(/^Optimism: the programs’ own overall level is \+1\.0 on average/)).toBeVisible();
  await expect(councilPage.getByRole("row", { name: new RegExp(program.name) })).toContainText("self-reported level +1.0 against validated");
  await councilPage.locator("label", { hasText: "Self-reported" }).click();
  await councilPage.getByRole("button", { name: "Apply filters" }).click();
  await expect(councilPage.getByText("Levels as the programs reported them.")).toBeVisible();
  await expectAccessible(councilPage);
  const csv = await (await councilPage.request.get(`/portfolio/export/answers.csv?agency=${agencyId}`)).text();
  const header = csv.split(/\r?\n/)[0]!;
  expect(header).toContain("Self-reported level");
  expect(csv).toContain("Only one journey is mapped; nothing is acted on yet.");
});
