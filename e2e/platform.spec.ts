import { expect, test } from "@playwright/test";
import { createProgramWithLead, e2eDb, TEST_PASSWORD } from "./factories";
import { demoAccounts, expectAccessible, signIn, signInProblem } from "./fixtures";
import { signInOverHttp } from "./over-http";

test.describe("sign-in and role homes", () => {
  for (const [name, account] of Object.entries(demoAccounts)) {
    test(`the ${name} demo account signs in and lands on its home`, async ({ page }) => {
      await signIn(page, account.email);
      await expect(page).toHaveURL(account.home);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(account.heading);
      await expect(page.getByTestId("signed-in-as")).toContainText(account.role);
      await expectAccessible(page);

      await page.getByTestId("signed-in-as").getByRole("link").click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your account");
      await expect(page.getByText(account.email)).toBeVisible();
      await expectAccessible(page);
    });
  }

  test("the sign-in page is accessible and unauthenticated pages redirect to it", async ({ page }) => {
    await page.goto("/lead");
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
    await expectAccessible(page);
  });

  test("malformed sign-in input gets a clear message, not a crash", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email address").fill("not-an-email");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(signInProblem(page)).toContainText("There is a problem with what you entered");
    await expect(page.getByText("Enter an email address in the correct format")).toBeVisible();
    await expect(page.getByText("Enter your password")).toBeVisible();
    await expectAccessible(page);
  });

  test("the server rejects malformed credentials with the schema's message", async ({ request }) => {
    const csrf = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await request.post("/api/auth/callback/credentials", {
      form: { csrfToken: csrf.csrfToken, email: "x".repeat(300), password: "", json: "true" },
    });
    expect(response.status()).toBeLessThan(500);
    const body = (await response.json()) as { url: string };
    expect(decodeURIComponent(body.url)).toContain("Email addresses are 254 characters or fewer");
  });

  test("a wrong password and an unknown account get the same message", async ({ page }) => {
    await signIn(page, "lead@example.gov", "wrong-password");
    await expect(signInProblem(page)).toContainText("The email address or password is not right");
    const wrongPassword = await signInProblem(page).textContent();
    await signIn(page, "nobody@example.gov", "wrong-password");
    await expect(signInProblem(page)).toHaveText(wrongPassword ?? "missing");
    await expect(page).toHaveURL(/\/sign-in$/);
  });
});

test.describe("scope", () => {
  test("a lead gets 'not found' for another program and for other roles' areas", async ({ page }) => {
    const mine = await createProgramWithLead("Own");
    const theirs = await createProgramWithLead("Other");
    await signIn(page, mine.lead.email, TEST_PASSWORD);
    await expect(page).toHaveURL("/lead");
    await expect(page.getByRole("table")).toContainText(mine.program.name);
    await expect(page.getByRole("table")).not.toContainText(theirs.program.name);

    const response = await page.goto(`/programs/${theirs.program.id}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expect(page.locator("body")).not.toContainText(theirs.program.name);
    await expectAccessible(page);

    for (const area of ["/council", "/cco", "/admin", "/programs/not-a-uuid", "/programs/00000000-0000-4000-8000-000000000000"]) {
      const r = await page.goto(area);
      expect(r?.status(), area).toBe(404);
    }
  });

  test("a lead starts their program's self-assessment once, and it is audited", async ({ page }) => {
    const { program, lead } = await createProgramWithLead("Start");
    await signIn(page, lead.email, TEST_PASSWORD);
    await page.getByRole("link", { name: program.name, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(program.name);
    await expect(page.getByText("This program has not started a self-assessment yet.")).toBeVisible();
    await expectAccessible(page);

    await page.getByRole("button", { name: /Start the FY2026 self-assessment/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("FY2026 self-assessment");
    await page.getByRole("link", { name: program.name }).click();
    await expect(page.getByRole("table")).toContainText("FY2026");
    await expect(page.getByRole("table")).toContainText("Draft");
    await expect(page.getByRole("button", { name: /Start the/ })).toHaveCount(0);
    await expectAccessible(page);

    const assessments = await e2eDb().assessment.findMany({ where: { programId: program.id }, select: { id: true } });
    expect(assessments).toHaveLength(1);
    const audit = await e2eDb().auditEvent.findMany({ where: { entityId: assessments[0]!.id, action: "assessment.start" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actorEmail).toBe(lead.email);
  });

  test("an unknown route gets the 404 page", async ({ page }) => {
    const response = await page.goto("/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expectAccessible(page);
  });
});

test("sign-out ends the session, including a copy of its cookie", async ({ page, browser }) => {
  await signIn(page, demoAccounts.admin.email);
  await expect(page).toHaveURL("/admin");
  const cookies = await page.context().cookies();
  // Out of reach of scripts and of cross-site requests (Secure and __Secure- come with an https NEXTAUTH_URL).
  expect(cookies.find((c) => c.name.endsWith("next-auth.session-token"))).toMatchObject({ httpOnly: true, sameSite: "Lax" });

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in\?signedOut=1$/);
  await expect(page.getByRole("status")).toHaveText("You have signed out.");
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/sign-in$/);

  // A stolen copy of the old session cookie no longer works either.
  const replay = await browser.newContext();
  await replay.addCookies(cookies);
  const replayPage = await replay.newPage();
  await replayPage.goto("/admin");
  await expect(replayPage).toHaveURL(/\/sign-in$/);
  await replay.close();
});

test("the banner and sign-in work by keyboard alone", async ({ page }) => {
  await page.goto("/sign-in");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to main content" })).toBeFocused();
  await page.keyboard.press("Tab");
  const bannerButton = page.getByRole("button", { name: "Here’s how you know" });
  await expect(bannerButton).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(bannerButton).toHaveAttribute("aria-expanded", "true");
  await expect(page.getByText("Official websites use .gov")).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Email address").focus();
  await page.keyboard.type(demoAccounts.lead.email);
  await page.keyboard.press("Tab");
  await page.keyboard.type("demo-password");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Sign in" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL("/lead");
});

test("the app has an icon, at /favicon.ico too, with the security headers", async ({ page, request }) => {
  await page.goto("/sign-in");
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute("href", /^\/icon\.svg/);
  for (const url of ["/icon.svg", "/favicon.ico"]) {
    const icon = await request.get(url);
    expect(icon.status(), url).toBe(200);
    expect(icon.headers()["content-type"], url).toContain("image/svg+xml");
    expect(await icon.text(), url).toContain("<title>CX Maturity Assessment</title>");
    expect(icon.headers()["x-content-type-options"], url).toBe("nosniff");
    expect(icon.headers()["x-frame-options"], url).toBe("DENY");
  }
});

test("responses carry the security headers", async ({ request }) => {
  for (const url of ["/sign-in", "/no-such-page", "/api/auth/csrf"]) {
    const headers = (await request.get(url)).headers();
    expect(headers["content-security-policy"], url).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"], url).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(headers["x-frame-options"], url).toBe("DENY");
    expect(headers["x-content-type-options"], url).toBe("nosniff");
    expect(headers["referrer-policy"], url).toBe("strict-origin-when-cross-origin");
    expect(headers["strict-transport-security"], url).toContain("max-age=");
    expect(headers["permissions-policy"], url).toContain("camera=()");
    expect(headers["x-powered-by"], url).toBeUndefined();
  }
});

test("pages run under the nonce policy without violations", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/.test(m.text())) violations.push(m.text());
  });
  await signIn(page, demoAccounts.council.email);
  await expect(page).toHaveURL("/council");
  await page.goto("/portfolio");
  await expect(page.getByRole("img", { name: /Number of programs at each level/ })).toBeVisible();
  await page.getByRole("button", { name: "Here’s how you know" }).click();
  await expect(page.getByText("Official websites use .gov")).toBeVisible();
  expect(violations).toEqual([]);
});

test("repeated wrong passwords lock the account with a message, whatever the password", async ({ page }) => {
  const email = `locked-${crypto.randomUUID()}@example.gov`;
  for (let i = 0; i < 10; i++) {
    await signIn(page, email, `wrong-${i}`);
    await expect(signInProblem(page)).toContainText("The email address or password is not right");
  }
  await signIn(page, email, "anything");
  await expect(signInProblem(page)).toContainText("Too many failed sign-in attempts. Wait 15 minutes, then try again.");
  await expectAccessible(page);
});

test("/api/auth/session answers as signed out once the session has ended in the database", async ({ playwright, baseURL }) => {
  const { lead } = await createProgramWithLead("SessionEndpoint");
  const context = await signInOverHttp(playwright.request, baseURL!, lead.email, TEST_PASSWORD);
  const live = (await (await context.get("/api/auth/session")).json()) as { user?: { email?: string } };
  expect(live.user?.email).toBe(lead.email);
  // Ended elsewhere (an administrator's disable, a timeout, "sign out everywhere"): the cookie still parses.
  await e2eDb().session.updateMany({ where: { userId: lead.id, endedAt: null }, data: { endedAt: new Date() } });
  const ended = await context.get("/api/auth/session");
  expect(ended.status()).toBe(200);
  expect(await ended.json()).toEqual({});
  await context.dispose();
});

test("a trailing-slash redirect carries the security headers", async ({ request }) => {
  const response = await request.get("/sign-in/", { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers()["location"]).toMatch(/\/sign-in$/);
  const headers = response.headers();
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["strict-transport-security"]).toContain("max-age=");
});
