import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { USED_CODE } from "../lib/auth/sign-in-errors";
import { nextTotpCode, untilNextStep } from "../testing/totp";
import { appFactorOf, createAccount, TEST_PASSWORD } from "./factories";

export const DEMO_PASSWORD = "demo-password";

export const demoAccounts = {
  lead: { email: "lead@example.gov", home: "/lead", heading: "Your programs", role: "Program lead" },
  council: { email: "council@example.gov", home: "/council", heading: "Council overview", role: "Core Federal Services Council" },
  cco: { email: "cco@example.gov", home: "/cco", heading: "Department of Veterans Affairs", role: "Chief Customer Officer" },
  admin: { email: "admin@example.gov", home: "/admin", heading: "Administration", role: "Administrator" },
} as const;

/** WCAG 2.1 A and AA, as the federal standard (Section 508) asks. */
export async function expectAccessible(page: Page) {
  // After a server action, Next.js streams the page's metadata back in: the title must be there (it
  // fails here if a page has none), and axe must not run in the moment it is being replaced.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

export const APP_CODE_LABEL = "Code from your authenticator app";

/**
 * Signs in as a new council member or administrator with their own authenticator app. The demo
 * accounts' one app takes a code once per 30 seconds (a code is taken once), far fewer sign-ins than
 * parallel tests make; the demo accounts' own sign-ins are proved in platform.spec.ts.
 */
export async function signInAsNew(page: Page, role: "COUNCIL" | "ADMIN") {
  const account = await createAccount(role, role === "COUNCIL" ? "E2E Council" : "E2E Admin");
  await signIn(page, account.email, TEST_PASSWORD);
  return account;
}

/**
 * Signs in through the form, by keyboard, as a person would; an account with an authenticator app
 * (administrators and council members) then enters the code the app would show.
 */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByLabel("Password").press("Enter");
  if (!(await appFactorOf(email))) return;
  // A wrong password stays on the form: the code is asked for only after a right one.
  const codeField = page.getByLabel(APP_CODE_LABEL);
  await expect(codeField.or(signInProblem(page))).toBeVisible();
  if (await codeField.isVisible()) await enterAppCode(page, email);
}

/**
 * Enters the app's code at the second step and waits to be signed in. A code is taken once: when
 * parallel tests sign in as the same demo account and one takes the code first, the next step's code
 * is used, or the next period awaited.
 */
export async function enterAppCode(page: Page, email: string) {
  for (let attempt = 0; attempt < 4; attempt++) {
    const factor = await appFactorOf(email);
    if (!factor) throw new Error(`${email} has no authenticator app`);
    const next = nextTotpCode(factor.secret, factor.lastStep);
    if (!next) {
      await page.waitForTimeout(untilNextStep() + 100);
      continue;
    }
    await page.getByLabel(APP_CODE_LABEL).fill(next.code);
    const answer = page.waitForResponse((r) => r.url().endsWith("/api/auth/callback/second-factor"));
    await page.getByLabel(APP_CODE_LABEL).press("Enter");
    const { url } = (await (await answer).json()) as { url: string };
    const refused = new URL(url, page.url()).searchParams.get("error");
    if (refused === null) {
      await page.waitForURL((u) => !u.pathname.startsWith("/sign-in"));
      return;
    }
    if (refused !== USED_CODE) throw new Error(`Signing in as ${email}: ${refused}`);
  }
  throw new Error(`Signing in as ${email}: no code was taken`);
}

/** At a first sign-in that asks for a second factor: sets up an authenticator app by its key, keeps going past the recovery codes. */
export async function enrolAuthenticatorApp(page: Page) {
  await page.getByRole("button", { name: "Use an authenticator app" }).click();
  const key = (await page.locator("code").first().textContent())!.replace(/\s+/g, "");
  await page.getByLabel(APP_CODE_LABEL).fill(nextTotpCode(key)!.code);
  await page.getByLabel(APP_CODE_LABEL).press("Enter");
  await page.getByRole("button", { name: "I have saved them: continue" }).click();
}

/** The sign-in form's error summary (Next's route announcer is an alert too). */
export function signInProblem(page: Page) {
  return page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "Sign-in failed" }) });
}

/** A form's error summary (not Next's route announcer, which is also an alert). */
export function formProblem(page: Page) {
  return page.locator(".usa-alert--error[role=alert]");
}
