import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

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

/** Signs in through the form, by keyboard, as a person would. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByLabel("Password").press("Enter");
}

/** The sign-in form's error summary (Next's route announcer is an alert too). */
export function signInProblem(page: Page) {
  return page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "Sign-in failed" }) });
}

/** A form's error summary (not Next's route announcer, which is also an alert). */
export function formProblem(page: Page) {
  return page.locator(".usa-alert--error[role=alert]");
}
