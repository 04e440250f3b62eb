// People choose their own password from an e-mailed link (scripts/e2e-smtp.ts receives it): an
// administrator's invitation, and "Forgot your password?", which never says whether an account exists.
import { expect, test } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { createProgramWithLead, e2eDb } from "./factories";
import { expectAccessible, formProblem, signIn, signInAsNew } from "./fixtures";
import { expectMail, linkIn, mailTo } from "./mail";

const CHOSEN = "a password the invitee chose themselves";

test("an invited person sets a password from the e-mailed link, which then no longer works", async ({ browser }) => {
  const { agencyId } = await createProgramWithLead("Invite");
  const agency = await e2eDb().agency.findUniqueOrThrow({ where: { id: agencyId }, select: { name: true } });
  const email = `invited-${randomUUID().slice(0, 8)}@example.gov`;

  const admin = await (await browser.newContext()).newPage();
  await signInAsNew(admin, "ADMIN");
  await admin.goto("/admin/users");
  await admin.getByLabel("Email address").fill(email);
  await admin.getByLabel("Name", { exact: true }).fill("Ines Invited");
  await admin.getByLabel("Role").selectOption("CCO");
  await admin.getByLabel("Agency (for a Chief Customer Officer)").selectOption({ label: agency.name });
  await admin.getByRole("button", { name: "Create account" }).click();
  await expect(admin.getByRole("status").filter({ hasText: `Account for ${email} created. An invitation to choose a password was e-mailed to them.` })).toBeVisible();

  const [mail] = await expectMail(email, 1);
  expect(mail!.subject).toBe("Your account for CX Maturity Assessment");
  const link = linkIn(mail!, "http://localhost:3100/set-password/");

  const page = await (await browser.newContext()).newPage();
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Choose your password");
  await expect(page.locator(".usa-intro")).toContainText(email);
  await expectAccessible(page);
  await page.getByLabel("Password", { exact: true }).fill(CHOSEN);
  await page.getByLabel("The same password again").fill(`${CHOSEN}!`);
  await page.getByRole("button", { name: "Set password" }).click();
  await expect(formProblem(page)).toContainText("The two passwords are not the same");
  await page.getByLabel("The same password again").fill(CHOSEN);
  await page.getByRole("button", { name: "Set password" }).click();
  await expect(page).toHaveURL("/password-set");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your password is set");
  await expectAccessible(page);
  await signIn(page, email, CHOSEN);
  await expect(page).toHaveURL("/cco");

  const again = await (await browser.newContext()).newPage();
  await again.goto(link);
  await expect(again.getByRole("heading", { name: "This link no longer works" })).toBeVisible();
  await expectAccessible(again);
});

test("a forgotten password is reset by e-mailed link, and the answer never says whether an account exists", async ({ browser }) => {
  const { lead } = await createProgramWithLead("Forgot");
  const unknown = `nobody-${randomUUID().slice(0, 8)}@example.gov`;
  const page = await (await browser.newContext()).newPage();
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Forgot your password?");
  await expectAccessible(page);
  for (const email of [unknown, lead.email]) {
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "E-mail me a link" }).click();
    await expect(page.getByRole("status")).toHaveText(`If an account uses ${email}, we e-mailed it a link to choose a new password. The link works once, for 1 hour.`);
  }
  const [mail] = await expectMail(lead.email, 1);
  expect(mail!.subject).toBe("Reset your CX Maturity Assessment password");
  expect(await mailTo(unknown)).toEqual([]);

  await page.goto(linkIn(mail!, "http://localhost:3100/set-password/"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Choose a new password");
  await page.getByLabel("Password", { exact: true }).fill(CHOSEN);
  await page.getByLabel("The same password again").fill(CHOSEN);
  await page.getByRole("button", { name: "Set password" }).click();
  await expect(page).toHaveURL("/password-set");
  await signIn(page, lead.email, CHOSEN);
  await expect(page).toHaveURL("/lead");
});
