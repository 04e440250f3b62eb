// The portfolio's questions, over each test's own agency: weakest practices, movers, benchmarks,
// comparison and the executive brief.
import JSZip from "jszip";
import { expect, test } from "@playwright/test";
import { createAccount, createAssessment, createProgramWithLead, e2eDb, TEST_PASSWORD } from "./factories";
import { expectAccessible, formProblem, signIn, signInAsNew } from "./fixtures";

/** A fresh agency whose one program was accepted at level 2 in the last closed cycle and at level 3 in the open one. */
async function agencyThatMoved(label: string) {
  const p = await createProgramWithLead(label);
  const closed = await e2eDb().cycle.findFirstOrThrow({ where: { status: "CLOSED" }, orderBy: { startsOn: "desc" } });
  const open = await e2eDb().cycle.findFirstOrThrow({ where: { status: "OPEN" }, orderBy: { startsOn: "desc" } });
  const before = await createAssessment(p.program.id, p.lead.id, { status: "ACCEPTED", cycleId: closed.id, level: 2 });
  const now = await createAssessment(p.program.id, p.lead.id, { status: "ACCEPTED", cycleId: open.id, level: 3 });
  return { ...p, closed, open, before, now };
}

test("weakest practices, movers and the brief answer for the chosen agency, and every view keeps the filters", async ({ page }) => {
  test.setTimeout(120_000);
  const p = await agencyThatMoved("Questions");
  const agencyName = (await e2eDb().agency.findUniqueOrThrow({ where: { id: p.agencyId } })).name;
  await signInAsNew(page, "COUNCIL");
  await expect(page).toHaveURL("/council");
  await page.goto(`/portfolio?agency=${p.agencyId}`);

  await page.getByRole("navigation", { name: "Portfolio views" }).getByRole("link", { name: "Weakest practices" }).click();
  await expect(page).toHaveURL(`/portfolio/practices?view=latest&levels=validated&agency=${p.agencyId}&sort=program&dir=asc`);
  // One program, every practice at level 3; without targets it aims one level up, so it is below target everywhere.
  const first = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 2, name: /^1\. / }) });
  await expect(first).toContainText("Median level 3 · Strategic across 1 program; 1 of them is below target.");
  await expect(first.getByRole("heading", { name: "From the federal CX Toolkit" })).toBeVisible();
  await expect(first.getByRole("link").first()).toHaveAttribute("href", /^https?:/);
  await expectAccessible(page);

  await page.getByRole("navigation", { name: "Portfolio views" }).getByRole("link", { name: "Movers" }).click();
  const risers = page.getByRole("table", { name: "Programs whose overall score rose most since their baseline" });
  await expect(risers.getByRole("row")).toHaveCount(2);
  await expect(risers.getByRole("row").nth(1)).toContainText(`${p.program.name}${agencyName}2.0 in ${p.closed.name}3.0 in ${p.open.name}+1`);
  await expect(page.getByText("No program's overall score fell.")).toBeVisible();
  // By keyboard: measure from the cycle before instead.
  await page.getByRole("radio", { name: "Cycle before" }).focus();
  await page.keyboard.press("Space");
  await page.getByRole("button", { name: "Apply filters" }).press("Enter");
  await expect(page).toHaveURL(/since=previous/);
  await expect(page.getByRole("table", { name: "Programs whose overall score rose most since the cycle before" })).toContainText(p.program.name);
  await expectAccessible(page);

  await page.getByRole("navigation", { name: "Portfolio views" }).getByRole("link", { name: "Executive brief" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`CX maturity executive brief: ${agencyName}`);
  await expect(page.getByText(/^1 program by their latest accepted assessments, as of /)).toBeVisible();
  await expect(page.getByText(`Rose most since their baseline: ${p.program.name} (+1, ${p.closed.name} to ${p.open.name}).`)).toBeVisible();
  await expectAccessible(page);

  const pdf = await page.request.get(`/portfolio/export/brief.pdf?agency=${p.agencyId}`, { timeout: 60_000 });
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  const bytes = (await pdf.body()).toString("latin1");
  expect(bytes.startsWith("%PDF")).toBe(true);
  expect(bytes).toContain("/StructTreeRoot");
  expect(bytes.match(/\/Type\s*\/Page\b(?!s)/g)).toHaveLength(1);

  const docx = await page.request.get(`/portfolio/export/brief.docx?agency=${p.agencyId}`);
  expect(docx.headers()["content-type"]).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  const document = await (await JSZip.loadAsync(await docx.body())).file("word/document.xml")!.async("string");
  expect(document.replace(/<[^>]+>/g, "")).toContain(`CX maturity executive brief: ${agencyName}`);
  expect(document.replace(/<[^>]+>/g, "")).toContain("Of 1 program, 0 are at the two lowest levels (Reactive or Tactical) and 1 at Strategic or above: 1 at Strategic.");
});

test("a program's benchmarks withhold a group of fewer than five programs", async ({ page }) => {
  const p = await agencyThatMoved("Bench");
  await signIn(page, p.lead.email, TEST_PASSWORD);
  await expect(page).toHaveURL("/lead");
  await page.goto(`/assessments/${p.now.assessmentId}/results`);
  const table = page.getByRole("table", { name: "Discipline scores against all programs and against the agency's programs" });
  const strategy = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Strategy" }) });
  await expect(strategy.getByRole("cell").nth(2)).toHaveText("Not shown: fewer than 5 programs");
  await expect(strategy.getByRole("cell").nth(1)).toContainText(/(Top quarter|Above the median|Below the median|Bottom quarter)median \d\.\d, middle half \d\.\d–\d\.\d, \d+ programs/);
  await expectAccessible(page);
});

test("compare: one program across its cycles; bad choices get a clear message; another agency's program is not found", async ({ page }) => {
  const p = await agencyThatMoved("Compare");
  const cco = await createAccount("CCO", "Compare", { agencyId: p.agencyId });
  await signIn(page, cco.email, TEST_PASSWORD);
  await expect(page).toHaveURL("/cco");
  await page.goto(`/portfolio/compare?program=${p.program.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${p.program.name} across cycles`);
  const table = page.getByRole("table", { name: `Levels of ${p.program.name} per discipline, by cycle` });
  await expect(table.getByRole("columnheader")).toHaveText(["Discipline", `${p.closed.name}${p.program.name}`, `${p.open.name}${p.program.name}`]);
  await expect(table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Overall" }) })).toContainText(`3 · Strategicscore 3, +1 since ${p.closed.name}`);
  await expectAccessible(page);

  await page.goto("/portfolio/compare");
  await expect(formProblem(page)).toContainText("Choose the programs to compare: tick two to four rows of the portfolio, or one to see its cycles.");
  const five = Array.from({ length: 5 }, () => crypto.randomUUID());
  await page.goto(`/portfolio/compare?${five.map((id) => `program=${id}`).join("&")}`);
  await expect(formProblem(page)).toContainText("Choose at most 4 programs to compare side by side.");
  await expectAccessible(page);

  const other = await e2eDb().program.findFirstOrThrow({ where: { name: "Retirement Benefits" } });
  expect((await page.goto(`/portfolio/compare?program=${other.id}`))?.status()).toBe(404);
  expect((await page.goto(`/portfolio/compare?program=${p.program.id}&program=${other.id}`))?.status()).toBe(404);
});

test("compare: programs ticked in the heatmap, side by side, by keyboard", async ({ page }) => {
  const hhs = await e2eDb().agency.findUniqueOrThrow({ where: { name: "Department of Health and Human Services" } });
  await signInAsNew(page, "COUNCIL");
  await expect(page).toHaveURL("/council");
  await page.goto(`/portfolio?agency=${hhs.id}`);
  for (const name of ["CMS Medicare", "CMS HealthCare.gov Marketplace"]) {
    await page.getByRole("checkbox", { name: `Compare ${name}` }).focus();
    await page.keyboard.press("Space");
  }
  await page.getByRole("button", { name: "Compare chosen programs" }).press("Enter");
  await expect(page).toHaveURL(/\/portfolio\/compare\?program=[0-9a-f-]+&program=[0-9a-f-]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Programs side by side");
  const table = page.getByRole("table", { name: "Levels per discipline, by program" });
  await expect(table.getByRole("columnheader")).toHaveText(["Discipline", /^CMS HealthCare\.gov Marketplace/, /^CMS Medicare/]);
  await expect(table.getByRole("rowheader")).toHaveText(["Overall", "Strategy", "Customer Understanding", "Design", "Measurement", "Governance", "Culture", "Disciplines below target"]);
  await expectAccessible(page);
  await page.getByRole("link", { name: "CMS Medicare across its cycles" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("CMS Medicare across cycles");
  await expectAccessible(page);
});
