// Administrators and council members sign in with a password and a second factor (SECOND_FACTOR_ROLES,
// by default): a passkey made and used in Chromium's virtual authenticator, an authenticator app's
// code, a recovery code; the account page manages them and an administrator resets them.
import { expect, test, type Page } from "@playwright/test";
import { generateSync } from "otplib";
import { recoveryCodeHash } from "../lib/auth/second-factor";
import { appFactorOf, createAccount, e2eDb, TEST_PASSWORD } from "./factories";
import { APP_CODE_LABEL, expectAccessible, signIn } from "./fixtures";

/** A platform authenticator in this page's browser, as a laptop's fingerprint reader would be. */
async function addVirtualAuthenticator(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: { protocol: "ctap2", transport: "internal", hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  });
}

test("an administrator's first sign-in adds a passkey and shows recovery codes; the next one uses the passkey", async ({ page }) => {
  const admin = await createAccount("ADMIN", "Passkey Admin", { secondFactor: false });
  await addVirtualAuthenticator(page);
  await signIn(page, admin.email, TEST_PASSWORD);
  await expect(page.getByRole("heading", { name: "Add a second factor" })).toBeFocused();
  await expectAccessible(page);
  // A password alone opened no session.
  expect(await e2eDb().session.count({ where: { userId: admin.id } })).toBe(0);

  await page.getByRole("button", { name: "Use a passkey or security key" }).click();
  await expect(page.getByRole("heading", { name: "Save your recovery codes" })).toBeFocused();
  const codes = page.getByRole("list", { name: "Recovery codes" }).getByRole("listitem");
  await expect(codes).toHaveCount(10);
  await expect(codes.first()).toHaveText(/^[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}$/);
  await expectAccessible(page);
  await page.getByRole("button", { name: "I have saved them: continue" }).click();
  await expect(page).toHaveURL("/admin");
  expect(await e2eDb().secondFactor.findMany({ where: { userId: admin.id }, select: { kind: true } })).toEqual([{ kind: "PASSKEY" }]);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await signIn(page, admin.email, TEST_PASSWORD);
  await expect(page.getByRole("heading", { name: "Confirm it is you" })).toBeFocused();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Use your passkey or security key" }).press("Enter");
  await expect(page).toHaveURL("/admin");
  const signIns = await e2eDb().auditEvent.findMany({ where: { entityId: admin.id, action: "user.sign-in" }, orderBy: { id: "asc" }, select: { after: true } });
  expect(signIns.map((e) => (e.after as { method: string }).method)).toEqual(["password+new-factor", "password+passkey"]);
});

test("a council member's first sign-in sets up an authenticator app by keyboard; a wrong code is refused and a used one too", async ({ page }) => {
  const council = await createAccount("COUNCIL", "App Council", { secondFactor: false });
  await signIn(page, council.email, TEST_PASSWORD);
  await page.getByRole("button", { name: "Use an authenticator app" }).press("Enter");
  await expect(page.getByRole("heading", { name: "Set up your authenticator app" })).toBeFocused();
  await expect(page.getByRole("img", { name: /QR code/ })).toBeVisible();
  await expectAccessible(page);
  const key = (await page.locator("code").first().textContent())!.replace(/\s+/g, "");

  await page.getByLabel(APP_CODE_LABEL).fill("123 45");
  await page.getByLabel(APP_CODE_LABEL).press("Enter");
  await expect(page.getByRole("alert").filter({ hasText: "Enter the 6-digit code from your authenticator app, like 123456" })).toBeVisible();
  await page.getByLabel(APP_CODE_LABEL).fill(generateSync({ secret: key }));
  await page.getByLabel(APP_CODE_LABEL).press("Enter");
  await expect(page.getByRole("heading", { name: "Save your recovery codes" })).toBeFocused();
  await page.getByRole("button", { name: "I have saved them: continue" }).press("Enter");
  await expect(page).toHaveURL("/council");

  // Signing in again: the code just used is refused, and the next one is taken.
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  const factor = await appFactorOf(council.email);
  await page.getByLabel("Email address").fill(council.email);
  await page.getByLabel("Password").fill(TEST_PASSWORD);
  await page.getByLabel("Password").press("Enter");
  await page.getByLabel(APP_CODE_LABEL).fill(generateSync({ secret: key, epoch: factor!.lastStep! * 30 }));
  await page.getByLabel(APP_CODE_LABEL).press("Enter");
  await expect(page.getByRole("alert").filter({ hasText: "has been used already" })).toBeVisible();
  await page.getByLabel(APP_CODE_LABEL).fill(generateSync({ secret: key, epoch: (factor!.lastStep! + 1) * 30 }));
  await page.getByLabel(APP_CODE_LABEL).press("Enter");
  await expect(page).toHaveURL("/council");
});

test("a recovery code signs in once; the account page lists the factors and makes new codes", async ({ page }) => {
  const council = await createAccount("COUNCIL", "Recovery Council");
  const code = "abcd-efgh-jkmn-pqrs";
  await e2eDb().recoveryCode.create({ data: { userId: council.id, codeHash: recoveryCodeHash(code) } });
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(council.email);
  await page.getByLabel("Password").fill(TEST_PASSWORD);
  await page.getByLabel("Password").press("Enter");
  await page.getByRole("button", { name: "Use a recovery code instead" }).click();
  await expect(page.getByLabel("Recovery code")).toBeFocused();
  await page.getByLabel("Recovery code").fill("ABCD EFGH JKMN PQRS");
  await page.getByLabel("Recovery code").press("Enter");
  await expect(page).toHaveURL("/council");

  await page.goto("/account");
  await page.getByRole("link", { name: "Second factor" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Second factor" })).toBeVisible();
  await expect(page.getByRole("row", { name: /Test app/ })).toContainText("Authenticator app");
  await expect(page.getByText("0 recovery codes are left")).toBeVisible();
  await expectAccessible(page);
  // The only factor of a role that needs one stays.
  await page.getByRole("button", { name: "Remove Test app" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "is your only second factor" })).toBeVisible();
  await page.getByRole("button", { name: "Make new recovery codes" }).click();
  await expect(page.getByRole("list", { name: "Recovery codes" }).getByRole("listitem")).toHaveCount(10);
  expect(await e2eDb().recoveryCode.count({ where: { userId: council.id, usedAt: null } })).toBe(10);
});

test("an administrator resets a council member's second factors: audited, and the member adds one at the next sign-in", async ({ browser, page }) => {
  const admin = await createAccount("ADMIN", "Resetting Admin");
  const council = await createAccount("COUNCIL", "Lost Phone Council");
  await signIn(page, admin.email, TEST_PASSWORD);
  await expect(page).toHaveURL("/admin");
  await page.goto(`/admin/users/${council.id}`);
  await expect(page.getByText("Test app (authenticator app); 0 recovery codes left.")).toBeVisible();
  await page.getByRole("button", { name: "Reset second factors" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Second factors reset (1 removed)" })).toBeVisible();
  await expect(page.getByText("No second factor.")).toBeVisible();
  await expectAccessible(page);
  expect(await e2eDb().auditEvent.count({ where: { entityId: council.id, action: "security.second-factors-reset", actorId: admin.id } })).toBe(1);

  const member = await browser.newPage();
  await signIn(member, council.email, TEST_PASSWORD);
  await expect(member.getByRole("heading", { name: "Add a second factor" })).toBeVisible();
  await member.close();
});

test("a council member adds a passkey and a second authenticator app on the account page, then removes the first app", async ({ page }) => {
  const council = await createAccount("COUNCIL", "Adding Council");
  await addVirtualAuthenticator(page);
  await signIn(page, council.email, TEST_PASSWORD);
  await expect(page).toHaveURL("/council");
  await page.goto("/account/second-factor");

  await page.getByRole("button", { name: "Add a passkey or security key" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Added “Passkey”." })).toBeVisible();
  await expect(page.getByRole("row", { name: /Passkey/ })).toContainText("Passkey or security key");

  await page.getByRole("button", { name: "Add an authenticator app" }).click();
  const key = (await page.locator("code").first().textContent())!.replace(/\s+/g, "");
  await page.getByLabel("Name for this factor").fill("Spare phone");
  await page.getByLabel(APP_CODE_LABEL).fill(generateSync({ secret: key }));
  await page.getByRole("button", { name: "Set up the app" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Added “Spare phone”." })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Remove Test app" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Removed “Test app”." })).toBeVisible();
  const kinds = await e2eDb().secondFactor.findMany({ where: { userId: council.id }, orderBy: { createdAt: "asc" }, select: { kind: true, label: true } });
  expect(kinds).toEqual([
    { kind: "PASSKEY", label: "Passkey" },
    { kind: "TOTP", label: "Spare phone" },
  ]);
  const added = await e2eDb().auditEvent.count({ where: { entityId: council.id, action: "security.second-factor-added" } });
  expect(added).toBe(2);
});
