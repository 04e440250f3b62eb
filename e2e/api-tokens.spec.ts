import { expect, test } from "@playwright/test";
import { createAccount, createProgramWithLead, e2eDb, TEST_PASSWORD } from "./factories";
import { expectAccessible, signIn } from "./fixtures";

test("a CCO creates a token, sees it once, reads their agency through the API with it, and revokes it", async ({ page, request }) => {
  const { agencyId } = await (async () => {
    const { program } = await createProgramWithLead("Tokens");
    return e2eDb().program.findUniqueOrThrow({ where: { id: program.id }, select: { agencyId: true } });
  })();
  const cco = await createAccount("CCO", "Token CCO", { agencyId });
  await signIn(page, cco.email, TEST_PASSWORD);
  await expect(page).toHaveURL("/cco");
  await page.goto("/account");
  await page.getByRole("link", { name: "API tokens" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("API tokens");
  await expect(page.getByText("You have no tokens.")).toBeVisible();
  await expectAccessible(page);

  // Bad input writes nothing and says why.
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByText("Name the token, for example after the tool that will use it").first()).toBeVisible();
  expect(await e2eDb().apiToken.count({ where: { userId: cco.id } })).toBe(0);

  await page.getByLabel("Name").fill("Agency dashboard");
  await page.getByLabel("Expires after").selectOption("30");
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Token “Agency dashboard” created" })).toBeVisible();
  const secret = await page.getByLabel("Your new token").inputValue();
  expect(secret).toMatch(/^cxm_[\w-]{43}$/);
  await expectAccessible(page);
  const row = page.getByRole("row", { name: /Agency dashboard/ });
  await expect(row).toContainText(secret.slice(0, 10));
  await expect(row).not.toContainText(secret);
  // Shown once: a reload lists the token without its secret.
  await page.reload();
  await expect(page.getByText(secret)).toHaveCount(0);

  const programs = await request.get("/api/v1/programs", { headers: { Authorization: `Bearer ${secret}` } });
  expect(programs.status()).toBe(200);
  const agencies = new Set(((await programs.json()) as { data: { agency: { id: string } | string }[] }).data.map((p) => JSON.stringify(p.agency)));
  expect(agencies.size).toBe(1);
  await page.reload();
  await expect(page.getByRole("row", { name: /Agency dashboard/ })).not.toContainText("Never");

  await page.getByRole("button", { name: "Revoke Agency dashboard" }).click();
  await expect(page.getByRole("status")).toHaveText("Token revoked. Requests with it are refused from now on.");
  await expect(page.getByRole("row", { name: /Agency dashboard/ })).toContainText("Revoked");
  const refused = await request.get("/api/v1/programs", { headers: { Authorization: `Bearer ${secret}` } });
  expect(refused.status()).toBe(401);
  expect(refused.headers()["content-type"]).toContain("application/problem+json");
  expect(await e2eDb().auditEvent.count({ where: { actorId: cco.id, action: { in: ["api-token.create", "api-token.revoke", "api.request"] } } })).toBe(3);
});

test("leads have no API tokens, and read in the reference who has", async ({ page }) => {
  const { lead } = await createProgramWithLead("NoTokens");
  await signIn(page, lead.email, TEST_PASSWORD);
  await expect(page).toHaveURL("/lead");
  await page.goto("/developers");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAccessible(page);
  await page.goto("/account");
  await expect(page.getByRole("link", { name: "API tokens" })).toHaveCount(0);
  expect((await page.goto("/account/api-tokens"))?.status()).toBe(404);
});
