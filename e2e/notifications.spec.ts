// Notifications over a real SMTP server (scripts/e2e-smtp.ts): an assigned discipline reaches the
// person once, by e-mail and in the app; the e-mail's unsubscribe link works without signing in and
// for that kind only; the settings page; the daily summary; the administrators' outgoing mail.
import { expect, test, type Page } from "@playwright/test";
import { addLead, createDraft, createProgramWithLead, e2eDb, TEST_PASSWORD } from "./factories";
import { expectAccessible, signIn, signInAsNew } from "./fixtures";
import { QUEUES } from "../lib/jobs/queues";
import { runScheduledJob } from "./jobs";
import { expectMail, linkIn, mailTo } from "./mail";

/** On the assignments page: the discipline assigned to the colleague, and the form's verdict seen. */
async function assign(page: Page, discipline: string, colleague: { name: string; email: string }) {
  const region = page.getByRole("region", { name: discipline });
  await region.getByLabel(`Who answers ${discipline}`).selectOption({ label: `${colleague.name} (${colleague.email})` });
  await region.getByRole("button", { name: `Save the assignment of ${discipline}` }).click();
  await expect(region.getByRole("status")).toHaveText(`Assigned to ${colleague.name}.`);
}

test("a discipline assigned to a colleague reaches them once, by e-mail and in the app; an administrator reads what was sent", async ({ browser }) => {
  const { program, lead } = await createProgramWithLead("Notify");
  const colleague = await addLead(program.id, "Notified");
  const { assessmentId } = await createDraft(program.id, lead.id);

  const page = await (await browser.newContext()).newPage();
  await signIn(page, lead.email, TEST_PASSWORD);
  await expect(page).toHaveURL("/lead");
  await page.goto(`/assessments/${assessmentId}/assignments`);
  await assign(page, "Design", colleague);
  // Saved again as it is: no one is told twice.
  await assign(page, "Design", colleague);

  const [mail] = await expectMail(colleague.email, 1);
  expect(mail!.subject).toMatch(new RegExp(`^Design assigned to you: ${program.name}, `));
  expect(mail!.text).toContain("assigned you the Design discipline");
  expect(mail!.html).toContain("<a href=");
  const link = linkIn(mail!, "http://localhost:3100/assessments/");
  expect(link).toBe(`http://localhost:3100/assessments/${assessmentId}`);

  const theirs = await (await browser.newContext()).newPage();
  await signIn(theirs, colleague.email, TEST_PASSWORD);
  await expect(theirs).toHaveURL("/lead");
  await theirs.goto(link);
  await expect(theirs.getByRole("heading", { level: 1 })).toContainText("self-assessment");
  await expect(theirs.getByRole("main")).toContainText(program.name);
  await theirs.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Notifications" }).click();
  await expect(theirs.getByRole("heading", { level: 1 })).toHaveText("Notifications");
  await expect(theirs.locator(".usa-intro")).toHaveText("1 unread.");
  const item = theirs.getByRole("listitem").filter({ has: theirs.getByRole("heading", { name: mail!.subject }) });
  await expect(item).toContainText("Unread");
  await expectAccessible(theirs);
  await item.getByRole("button", { name: /^Mark as read/ }).click();
  await expect(theirs.locator(".usa-intro")).toHaveText("You have read them all.");
  await expect(item).toContainText("Read");

  const admin = await (await browser.newContext()).newPage();
  await signInAsNew(admin, "ADMIN");
  await admin.goto("/admin/mail");
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Outgoing mail");
  await admin.getByLabel("Search by recipient or subject").fill(colleague.email);
  await admin.getByRole("button", { name: "Search" }).click();
  await expect(admin).toHaveURL(/\?q=/);
  const row = admin.getByRole("row", { name: new RegExp(mail!.subject) });
  await expect(row).toContainText("Sent");
  await expectAccessible(admin);
  await row.getByRole("link", { name: mail!.subject }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText(mail!.subject);
  await expect(admin.locator(".mail-text")).toContainText(link);
  await expectAccessible(admin);
  expect(await mailTo(colleague.email)).toHaveLength(1);
});

test("the e-mail's unsubscribe link works without signing in, for that kind of e-mail only", async ({ browser, request }) => {
  const { program, lead } = await createProgramWithLead("Unsubscribe");
  const colleague = await addLead(program.id, "Unsubscriber");
  const { assessmentId } = await createDraft(program.id, lead.id);
  const page = await (await browser.newContext()).newPage();
  await signIn(page, lead.email, TEST_PASSWORD);
  await expect(page).toHaveURL("/lead");
  await page.goto(`/assessments/${assessmentId}/assignments`);
  await assign(page, "Strategy", colleague);
  const [mail] = await expectMail(colleague.email, 1);
  expect(mail!.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");

  // Not signed in: the page says what it stops and asks first.
  const stranger = await (await browser.newContext()).newPage();
  await stranger.goto(linkIn(mail!, "http://localhost:3100/unsubscribe/"));
  await expect(stranger.getByRole("heading", { level: 1 })).toHaveText("Unsubscribe");
  await expect(stranger.locator(".usa-intro")).toContainText(`Stop e-mails about “Work assigned to you” to ${colleague.email}?`);
  await expectAccessible(stranger);
  await stranger.getByRole("button", { name: "Unsubscribe" }).click();
  await expect(stranger.getByRole("status")).toHaveText("Done: you will no longer receive e-mails about “Work assigned to you”.");
  // A link made up for someone else is refused.
  await stranger.goto(`/unsubscribe/${lead.id}.WORK_ASSIGNED.forged`);
  await expect(stranger.getByRole("heading", { name: "This unsubscribe link is not valid" })).toBeVisible();
  await expectAccessible(stranger);

  const prefs = await e2eDb().notificationPreference.findMany({ where: { userId: colleague.id }, select: { kind: true, delivery: true } });
  expect(prefs).toEqual([{ kind: "WORK_ASSIGNED", delivery: "OFF" }]);
  // The one-click address in the message's headers (RFC 8058), as a mail client posts to it.
  const oneClick = /<([^>]+)>/.exec(mail!.headers["list-unsubscribe"] ?? "")![1]!;
  const posted = await request.post(oneClick, { form: { "List-Unsubscribe": "One-Click" } });
  expect(posted.status()).toBe(200);

  // Still told in the app, no longer by e-mail.
  await assign(page, "Design", colleague);
  expect(await e2eDb().notification.count({ where: { userId: colleague.id } })).toBe(2);
  await page.waitForTimeout(3_000);
  expect(await mailTo(colleague.email)).toHaveLength(1);
});

test("a person chooses, per kind, e-mail right away, in a daily summary or never", async ({ browser }) => {
  const { lead } = await createProgramWithLead("Settings");
  const page = await (await browser.newContext()).newPage();
  await signIn(page, lead.email, TEST_PASSWORD);
  await expect(page).toHaveURL("/lead");
  await page.goto("/account");
  await page.getByRole("link", { name: "Notification settings" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Notification settings");
  const returned = page.getByRole("group", { name: /Assessments returned/ });
  await expect(returned.getByLabel("Right away")).toBeChecked();
  await expectAccessible(page);
  // USWDS draws its own radio buttons: a person (and this test) clicks the label.
  await returned.getByText("In a daily summary").click();
  await page.getByRole("group", { name: /Assessments accepted/ }).getByText("Never").click();
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status")).toHaveText("Your notification settings are saved.");
  await page.reload();
  await expect(page.getByRole("group", { name: /Assessments returned/ }).getByLabel("In a daily summary")).toBeChecked();
  await expect(page.getByRole("group", { name: /Assessments accepted/ }).getByLabel("Never")).toBeChecked();
  await expect(page.getByRole("group", { name: /Work assigned to you/ }).getByLabel("Right away")).toBeChecked();
});

test("a person who chose the daily summary gets one e-mail for several events when it goes, and none before", async ({ browser }) => {
  const { program, lead } = await createProgramWithLead("Digest");
  const colleague = await addLead(program.id, "Summarised");
  const { assessmentId } = await createDraft(program.id, lead.id);

  const theirs = await (await browser.newContext()).newPage();
  await signIn(theirs, colleague.email, TEST_PASSWORD);
  await expect(theirs).toHaveURL("/lead");
  await theirs.goto("/account/notifications");
  await theirs.getByRole("group", { name: /Work assigned to you/ }).getByText("In a daily summary").click();
  await theirs.getByRole("button", { name: "Save settings" }).click();
  await expect(theirs.getByRole("status")).toHaveText("Your notification settings are saved.");

  const page = await (await browser.newContext()).newPage();
  await signIn(page, lead.email, TEST_PASSWORD);
  await expect(page).toHaveURL("/lead");
  await page.goto(`/assessments/${assessmentId}/assignments`);
  for (const discipline of ["Strategy", "Design", "Culture"]) await assign(page, discipline, colleague);
  // Told in the app at once; by e-mail only in the summary (a message is written with its event, so none is queued).
  expect(await e2eDb().notification.count({ where: { userId: colleague.id, kind: "WORK_ASSIGNED" } })).toBe(3);
  expect(await e2eDb().outgoingMail.count({ where: { userId: colleague.id } })).toBe(0);

  // The morning's run, as its schedule queues it, done by the app's own worker: once, then again with nothing new.
  await runScheduledJob(QUEUES.digest);
  const [summary] = await expectMail(colleague.email, 1);
  expect(summary!.subject).toBe("Your daily summary: 3 updates");
  for (const discipline of ["Strategy", "Design", "Culture"]) expect(summary!.text).toContain(`${discipline} assigned to you: ${program.name}`);
  expect(linkIn(summary!, "http://localhost:3100/unsubscribe/")).toBeTruthy();
  await runScheduledJob(QUEUES.digest);
  expect(await mailTo(colleague.email)).toHaveLength(1);
});
