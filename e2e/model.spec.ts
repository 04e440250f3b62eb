import { expect, test } from "@playwright/test";
import { createAccount, e2eDb, TEST_PASSWORD } from "./factories";
import { demoAccounts, expectAccessible, signIn, signInAsNew } from "./fixtures";

test("the methodology page explains levels, the glossary, each version's rule with worked examples, practices and the A-11 crosswalk", async ({ page }) => {
  await signIn(page, demoAccounts.lead.email);
  await expect(page).toHaveURL("/lead");
  await page.getByRole("link", { name: "Methodology" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Methodology");
  const practices = await e2eDb().practice.count({ where: { discipline: { model: { isCurrent: true } } } });
  await expect(page.getByText(`(version 2): 5 levels, 6 disciplines and ${practices} practices`)).toBeVisible();
  await expect(page.getByText("1 · Reactive.", { exact: true })).toBeVisible();
  await expect(page.getByRole("term").filter({ hasText: /^top tasks$/i })).toBeVisible();
  await expect(page.getByText(/highest level that at least 80% of its answered practices reach while no answered practice sits more than one level below it/)).toBeVisible();
  await expect(page.getByText(/is the lowest level of the scored disciplines/)).toBeVisible();
  // The demo's earlier cycles were taken on version 1: its rule is there too, and the examples are scored by both.
  await expect(page.getByRole("heading", { name: /The rule of version 1/ })).toBeVisible();
  const examples = page.getByRole("table", { name: "Levels the same answers get under each version’s rule" });
  await expect(examples.getByRole("row", { name: /no one is responsible for CX/ })).toContainText("5 · Customer-centric2 · Tactical");
  await expect(examples.getByRole("row", { name: /Only Measurement answered/ })).toContainText("5 · Customer-centricNot scored");
  await expect(page.getByRole("table", { name: /A-11 §280/ }).getByRole("row")).toHaveCount(practices + 1);
  const firstPractice = page.locator("details").first();
  await firstPractice.locator("summary").click();
  await expect(firstPractice.getByText("1 · Reactive")).toBeVisible();
  await expect(firstPractice.getByText("5 · Customer-centric")).toBeVisible();
  await expect(firstPractice.getByText(/^OMB A-11 §280 areas: /)).toBeVisible();
  await expectAccessible(page);
});

test("an administrator exports the model and a malformed import is refused with the field named", async ({ page }) => {
  const admin = await signInAsNew(page, "ADMIN");
  await expect(page).toHaveURL("/admin");
  await page.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: "Maturity model" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Maturity model");
  await expectAccessible(page);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "JSON of version 1" }).click();
  const file = await (await download).path();
  const { readFile } = await import("node:fs/promises");
  const model = JSON.parse(await readFile(file, "utf8")) as { format: string; scoring: { overallLevel: string }; disciplines: { practices: { descriptors: string[] }[] }[] };
  // Version 1 keeps its own rule, written in the current format.
  expect(model.format).toBe("cx-maturity-model/v2");
  expect(model.scoring.overallLevel).toBe("realized-share");
  expect(model.disciplines).toHaveLength(6);
  // A signed-in download: no cache along the way keeps a copy.
  expect((await page.request.get("/admin/model/1/export")).headers()["cache-control"]).toBe("private, no-store");

  model.disciplines[0]!.practices[0]!.descriptors = ["too few"];
  const importsByAdmin = () => e2eDb().auditEvent.count({ where: { action: "model.import", actorEmail: admin.email } });
  const before = await importsByAdmin();
  await page.getByLabel("Model file (JSON)").setInputFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(model)) });
  await page.getByRole("button", { name: "Import model" }).click();
  const alert = page.getByRole("alert").filter({ hasText: "The model file has problems. Nothing was imported." });
  await expect(alert).toContainText("disciplines[0].practices[0].descriptors: descriptors must list exactly 5 texts");
  await expectAccessible(page);
  expect(await importsByAdmin()).toBe(before);
});

test("the model pages are not found for other roles", async ({ page }) => {
  await signInAsNew(page, "COUNCIL");
  await expect(page).toHaveURL("/council");
  expect((await page.goto("/admin/model"))?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  // A download URL: fetched with the same session, as a browser's download would be.
  const download = await page.request.get("/admin/model/1/export");
  expect(download.status()).toBe(404);
  expect(await download.text()).not.toContain("cx-maturity-model");
});

test("comparisons across model versions say so: results against a version-1 baseline, a program across cycles, movers", async ({ page }) => {
  // Demo data: the closed cycles were taken on version 1, the open cycle on version 2.
  const program = await e2eDb().program.findFirstOrThrow({ where: { name: "IRS Individual Taxpayer Services" }, select: { id: true, latestAssessmentId: true } });
  await signInAsNew(page, "COUNCIL");
  await expect(page).toHaveURL("/council");

  await page.goto(`/assessments/${program.latestAssessmentId}/results`);
  await expect(page.getByText("FY2026 · model version 2")).toBeVisible();
  await expect(page.getByText(/^The baseline \(FY2024\) was assessed on model version 1 and this assessment on version 2\./)).toBeVisible();
  await expectAccessible(page);

  await page.goto(`/portfolio/compare?program=${program.id}`);
  await expect(page.getByText(/^These assessments were taken on model versions 1 and 2\./)).toBeVisible();
  await expect(page.getByRole("columnheader", { name: /FY2026.*model version 2/ })).toBeVisible();
  await expectAccessible(page);

  await page.goto("/portfolio/movers");
  await expect(page.getByText(/model version 1\)/).first()).toBeVisible();
});

test("model files up to the documented 2 MB import; a larger one is refused with the app's own message", async ({ page }) => {
  // An administrator of its own: other tests (the matrix) import models at the same time.
  const admin = await createAccount("ADMIN", "Large Model Admin");
  await signIn(page, admin.email, TEST_PASSWORD);
  await expect(page).toHaveURL("/admin");
  const exported = await (await page.request.get("/admin/model/2/export")).text();
  await page.goto("/admin/model");
  const imports = () => e2eDb().auditEvent.count({ where: { action: "model.import", actorId: admin.id } });
  const input = page.getByLabel("Model file (JSON)");

  // Over 1 MB (Next.js's default limit for a server action's body), under the documented 2 MB: JSON padded with blanks.
  const large = Buffer.from(exported.replace(/\}\s*$/, `${" ".repeat(1_500_000 - exported.length)}}`));
  expect(large.length).toBeGreaterThan(1_048_576);
  await input.setInputFiles({ name: "large.json", mimeType: "application/json", buffer: large });
  await page.getByRole("button", { name: "Import model" }).click();
  await expect(page.getByRole("status")).toHaveText(/^Imported as version \d+\.$/);
  expect(await imports()).toBe(1);

  // Over 2 MB: refused in the browser with the schema's words, and nothing is sent.
  await input.setInputFiles({ name: "too-large.json", mimeType: "application/json", buffer: Buffer.concat([large, Buffer.alloc(600_000, 32)]) });
  expect(await input.evaluate((el: HTMLInputElement) => el.validationMessage)).toBe("The model file must be 2 MB or smaller");
  await page.getByRole("button", { name: "Import model" }).click();
  await expect(page.getByRole("status")).toHaveText(/^Imported as version \d+\.$/);
  expect(await imports()).toBe(1);
});
