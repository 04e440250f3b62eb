// Single sign-on end to end: a real OpenID Connect provider (e2e/identity-provider.ts) on port 3900
// and an app of its own on port 3600 (scripts/e2e-server.ts --oidc: its own database, the suite's
// build), configured with the OIDC_* variables as an installation would be.
import { spawn, type ChildProcess } from "node:child_process";
import { generateKeyPairSync, randomUUID } from "node:crypto";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import type { PrismaClient } from "../lib/db/generated/client";
import { oidcDatabase } from "../scripts/lib/app-database";
import { createPrismaClient } from "../scripts/lib/prisma";
import { DEMO_PASSWORD, demoAccounts, expectAccessible, signInProblem } from "./fixtures";
import { startIdentityProvider, type TestAccount, type TestIdentityProvider } from "./identity-provider";

// One identity provider and one app for the whole file: its tests run one after the other.
test.describe.configure({ mode: "serial" });

const APP = "http://localhost:3600";
const IDP_PORT = 3900;
const CLIENT_ID = "urn:gov:gsa:openidconnect.profiles:sp:sso:test:cx-maturity";
const IAL1 = "http://idmanagement.gov/ns/assurance/ial/1";
const root = path.resolve(import.meta.dirname, "..");
const suffix = randomUUID().slice(0, 8);

// Accounts at the identity provider, by username. Only some have an account in the app.
const people = {
  council: { username: `council-${suffix}`, email: `oidc.council.${suffix}@example.gov` },
  stranger: { username: `stranger-${suffix}`, email: `stranger.${suffix}@example.gov` },
  disabled: { username: `disabled-${suffix}`, email: `oidc.disabled.${suffix}@example.gov` },
  unverified: { username: `unverified-${suffix}`, email: `oidc.unverified.${suffix}@example.gov` },
};
const accounts: Record<string, TestAccount> = {
  // The identity provider may spell the address differently from the app's account.
  [people.council.username]: { email: people.council.email.toUpperCase() },
  [people.stranger.username]: { email: people.stranger.email },
  [people.disabled.username]: { email: people.disabled.email },
  [people.unverified.username]: { email: people.unverified.email, email_verified: false },
};

let idp: TestIdentityProvider | undefined;
let app: ChildProcess | undefined;
let db: PrismaClient | undefined;
const appOutput: string[] = [];

function database(): PrismaClient {
  db ??= createPrismaClient(`postgresql://postgres:cx-local@127.0.0.1:${oidcDatabase.port}/cx_maturity`);
  return db;
}

async function waitForApp(child: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The single sign-on app server exited (${child.exitCode}):\n${appOutput.join("").slice(-4000)}`);
    const ok = await fetch(`${APP}/sign-in`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The single sign-on app server did not answer within ${timeoutMs / 1000} s:\n${appOutput.join("").slice(-4000)}`);
}

async function stopApp(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  // tsx passes SIGTERM on to the server script, which stops `next start` and its PostgreSQL.
  child.kill("SIGTERM");
  const timer = setTimeout(() => {
    if (child.pid && child.exitCode === null) process.kill(-child.pid, "SIGKILL");
  }, 30_000);
  await exited;
  clearTimeout(timer);
}

test.beforeAll(async () => {
  test.setTimeout(240_000);
  // The app's key pair: the private key goes to the app (OIDC_PRIVATE_KEY, PEM), the public one is
  // registered with the identity provider, as with Login.gov's dashboard.
  const keys = generateKeyPairSync("rsa", { modulusLength: 2048 });
  idp = await startIdentityProvider({
    port: IDP_PORT,
    clientId: CLIENT_ID,
    clientPublicJwk: keys.publicKey.export({ format: "jwk" }),
    redirectUri: `${APP}/api/auth/callback/oidc`,
    accounts,
    acr: IAL1,
  });
  app = spawn(path.join(root, "node_modules/.bin/tsx"), ["scripts/e2e-server.ts", "--oidc"], {
    cwd: root,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      OIDC_ISSUER: idp.issuer,
      OIDC_CLIENT_ID: CLIENT_ID,
      OIDC_PRIVATE_KEY: keys.privateKey.export({ format: "pem", type: "pkcs8" }).toString(),
      OIDC_ACR_VALUES: IAL1,
      // Administrators must come through the identity provider, which checks their second factor.
      OIDC_REQUIRED_ROLES: "ADMIN",
    },
  });
  for (const stream of [app.stdout, app.stderr]) stream?.on("data", (chunk: Buffer) => appOutput.push(chunk.toString()));
  await waitForApp(app, 180_000);

  await database().user.createMany({
    data: [
      { email: people.council.email, name: "Sam Single-Sign-On", role: "COUNCIL" },
      { email: people.disabled.email, name: "Dee Disabled", role: "COUNCIL", disabledAt: new Date() },
    ],
  });
});

test.afterAll(async () => {
  await db?.$disconnect();
  if (app) await stopApp(app);
  await idp?.stop();
});

/** From the app's sign-in page through the identity provider's, as a person would. */
async function signInWithLoginGov(page: Page, username: string) {
  await page.goto(`${APP}/sign-in`);
  await page.getByRole("button", { name: "Sign in with Login.gov" }).click();
  await expect(page).toHaveURL(new RegExp(`^${idp!.issuer}/interaction/`));
  await page.getByLabel("Username").fill(username);
  await page.getByRole("button", { name: "Continue" }).click();
}

test("a person whose e-mail has an account signs in with Login.gov and lands on their home", async ({ page }) => {
  const blocked: string[] = [];
  page.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) blocked.push(message.text());
  });
  const response = await page.goto(`${APP}/sign-in`);
  // Single sign-on leaves by a navigation, not a form post: the policy keeps form-action 'self'.
  expect(response?.headers()["content-security-policy"]).toContain("form-action 'self';");
  await expect(page.getByRole("button", { name: "Sign in with Login.gov" })).toBeVisible();
  await expect(page.getByRole("group", { name: "Sign in with your email address" })).toBeVisible();
  await expectAccessible(page);

  const before = idp!.observed.tokenRequests.length;
  await signInWithLoginGov(page, people.council.username);
  await expect(page).toHaveURL(`${APP}/council`);
  await expect(page.getByRole("heading", { level: 1, name: "Council overview" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Council overview" })).toBeVisible();
  expect(blocked).toEqual([]);

  const user = await database().user.findUniqueOrThrow({ where: { email: people.council.email }, select: { id: true } });
  const sessions = await database().session.findMany({ where: { userId: user.id, endedAt: null }, select: { id: true } });
  expect(sessions).toHaveLength(1);
  const audit = await database().auditEvent.findMany({ where: { actorId: user.id, action: "user.sign-in" }, select: { after: true } });
  expect(audit).toEqual([{ after: expect.objectContaining({ method: "oidc", sessionId: sessions[0]!.id }) }]);

  // What the identity provider saw: PKCE (S256) and the assurance level asked for, then a token
  // request authenticated by a client assertion signed with the app's key (RS256), not a secret.
  expect(idp!.observed.authorizations.at(-1)).toEqual({ codeChallengeMethod: "S256", acrValues: IAL1, scope: "openid email" });
  expect(idp!.observed.tokenRequests.slice(before)).toEqual([{ clientAuthMethod: "private_key_jwt", hadCodeVerifier: true }]);
  const assertion = idp!.observed.clientAssertions.at(-1)!;
  expect(assertion.header).toMatchObject({ alg: "RS256" });
  expect(assertion.claims).toMatchObject({ iss: CLIENT_ID, sub: CLIENT_ID, aud: idp!.tokenEndpoint });

  // Signing out ends that session.
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in\?signedOut=1$/);
  expect(await database().session.count({ where: { userId: user.id, endedAt: null } })).toBe(0);
});

test("an e-mail with no account is refused with a clear message, and nothing is created", async ({ page }) => {
  const sessionsBefore = await database().session.count();
  await signInWithLoginGov(page, people.stranger.username);
  await expect(page).toHaveURL(new RegExp(`^${APP}/sign-in\\?error=OidcNotSetUp&who=`));
  const problem = signInProblem(page);
  await expect(problem).toContainText(
    `Your Login.gov account (${people.stranger.email}) is not set up in CX Maturity Assessment. Ask your agency’s administrator to add you.`,
  );
  await expect(problem).toBeFocused();
  // The address does not carry the e-mail in the clear.
  expect(page.url()).not.toContain("stranger");
  await expectAccessible(page);

  expect(await database().user.count({ where: { email: { contains: "stranger" } } })).toBe(0);
  expect(await database().session.count()).toBe(sessionsBefore);
  expect(await database().auditEvent.count({ where: { actorEmail: { contains: "stranger" } } })).toBe(0);
  // Still no one signed in.
  await page.goto(`${APP}/council`);
  await expect(page).toHaveURL(`${APP}/sign-in`);
});

test("a disabled account is refused, with its own message", async ({ page }) => {
  await signInWithLoginGov(page, people.disabled.username);
  await expect(page).toHaveURL(`${APP}/sign-in?error=OidcDisabled`);
  await expect(signInProblem(page)).toContainText("Your CX Maturity Assessment account is disabled. Ask your agency’s administrator if you still need access.");
  await expect(signInProblem(page)).toBeFocused();
  const disabled = await database().user.findUniqueOrThrow({ where: { email: people.disabled.email }, select: { id: true } });
  expect(await database().session.count({ where: { userId: disabled.id } })).toBe(0);
});

/** The password form on the app's sign-in page. */
async function signInWithPassword(page: Page, email: string, password: string) {
  await page.goto(`${APP}/sign-in`);
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByLabel("Password").press("Enter");
}

test("a role that must use single sign-on is refused at the password form, the right password told why; other roles sign in", async ({ page }) => {
  const admin = demoAccounts.admin.email;
  await signInWithPassword(page, admin, "not-the-right-password");
  await expect(signInProblem(page)).toContainText("The email address or password is not right");
  await signInWithPassword(page, admin, DEMO_PASSWORD);
  await expect(signInProblem(page)).toContainText("Your role signs in with Login.gov, which checks a second factor: use “Sign in with Login.gov” instead of your password.");
  await expect(page).toHaveURL(/\/sign-in/);
  await expectAccessible(page);
  const account = await database().user.findUniqueOrThrow({ where: { email: admin }, select: { id: true } });
  expect(await database().session.count({ where: { userId: account.id } })).toBe(0);

  await signInWithPassword(page, demoAccounts.lead.email, DEMO_PASSWORD);
  await expect(page).toHaveURL(`${APP}/lead`);
});

test("an e-mail the identity provider has not verified is refused", async ({ page }) => {
  await signInWithLoginGov(page, people.unverified.username);
  await expect(page).toHaveURL(`${APP}/sign-in?error=OidcEmailUnverified`);
  await expect(signInProblem(page)).toContainText("Login.gov has not confirmed your email address. Confirm it with Login.gov, then try again.");
});

test("the sign-in page says only what the server sealed: a crafted link changes nothing", async ({ page }) => {
  await page.goto(`${APP}/sign-in?error=OidcNotSetUp&who=${encodeURIComponent("attacker@evil.example")}`);
  await expect(signInProblem(page)).toContainText("Your Login.gov account is not set up in CX Maturity Assessment.");
  await expect(page.getByText("attacker@evil.example")).toHaveCount(0);
  await page.goto(`${APP}/sign-in?error=${encodeURIComponent("Call 555-0100 to restore your account")}`);
  await expect(signInProblem(page)).toContainText("Sign-in with Login.gov did not complete. Try again, or sign in with your email address and password.");
  await expect(page.getByText("555-0100")).toHaveCount(0);
});

test("the identity provider accepts this client only with private_key_jwt and PKCE", async () => {
  // A client secret is refused (the only thing the app could send instead of a signed assertion).
  const token = await fetch(idp!.tokenEndpoint, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ grant_type: "authorization_code", code: "x", redirect_uri: `${APP}/api/auth/callback/oidc`, client_id: CLIENT_ID, client_secret: "guess" }),
  });
  expect(token.status).toBe(401);
  expect(await token.json()).toMatchObject({ error: "invalid_client" });

  // An authorization request without a code_challenge is refused; the same one with it goes on to sign-in.
  const authorize = (extra: Record<string, string>) =>
    fetch(`${idp!.authorizationEndpoint}?${new URLSearchParams({ client_id: CLIENT_ID, response_type: "code", scope: "openid email", redirect_uri: `${APP}/api/auth/callback/oidc`, state: "s".repeat(32), nonce: "n".repeat(32), ...extra })}`, { redirect: "manual" });
  const withoutPkce = new URL((await authorize({})).headers.get("location") ?? "", idp!.issuer);
  expect(withoutPkce.origin + withoutPkce.pathname).toBe(`${APP}/api/auth/callback/oidc`);
  expect(withoutPkce.searchParams.get("error")).toBe("invalid_request");
  expect(withoutPkce.searchParams.get("error_description")).toMatch(/PKCE/);
  const withPkce = await authorize({ code_challenge: "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", code_challenge_method: "S256" });
  expect(withPkce.status).toBe(303);
  expect(withPkce.headers.get("location")).toMatch(/^\/interaction\//);
});
