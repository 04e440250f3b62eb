import { expect, test } from "@playwright/test";
import { createProgramWithLead, TEST_PASSWORD } from "./factories";
import { expectAccessible, signIn } from "./fixtures";

test("a person sees where they are signed in and signs out another browser, which must sign in again", async ({ browser }) => {
  const { lead } = await createProgramWithLead("Sessions");
  const here = await (await browser.newContext()).newPage();
  const there = await (await browser.newContext({ userAgent: "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0" })).newPage();
  await signIn(there, lead.email, TEST_PASSWORD);
  await expect(there).toHaveURL("/lead");
  await signIn(here, lead.email, TEST_PASSWORD);
  await expect(here).toHaveURL("/lead");

  await here.goto("/account");
  await here.getByRole("link", { name: "Where you are signed in" }).click();
  await expect(here.getByRole("heading", { level: 1 })).toHaveText("Where you are signed in");
  const rows = here.getByRole("table").getByRole("row");
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText("This browser");
  await expect(rows.nth(2)).toContainText("Firefox on Windows");
  await expectAccessible(here);

  await rows.nth(2).getByRole("button", { name: /Sign out Firefox on Windows/ }).click();
  await expect(here.getByRole("status")).toHaveText("Signed out one session. That browser must sign in again.");
  await expect(here.getByRole("table").getByRole("row")).toHaveCount(2);

  await there.goto("/lead");
  await expect(there).toHaveURL(/\/sign-in/);
  // This browser is still signed in.
  await here.goto("/lead");
  await expect(here).toHaveURL("/lead");
});
