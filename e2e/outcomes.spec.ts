// Customer-survey results: a CCO imports a quarter's results for their agency in Touchpoints' layout;
// a file with one bad cell is refused with its row and column and writes nothing; the corrected file
// imports after a preview, and the program's progress page and the portfolio show outcomes beside
// maturity.
import { expect, test } from "@playwright/test";
import { OUTCOME_COLUMNS } from "../lib/validation/outcome-import";
import { createAccount, createAssessment, createProgramWithLead, e2eDb, TEST_PASSWORD } from "./factories";
import { expectAccessible, formProblem, signIn } from "./fixtures";

const row = (program: string, quarter: number | string, five: number[]) =>
  [program, "Online renewal", 2026, quarter, 5000, 1000, 200, ...Array.from({ length: 7 }, () => five).flat()].join(",");

test("a CCO imports survey results: a bad cell is named by row and column, the corrected file imports and shows beside maturity", async ({ page }) => {
  const { agencyId, program, lead } = await createProgramWithLead("Outcomes");
  await createAssessment(program.id, lead.id, { status: "ACCEPTED", level: 3 });
  const cco = await createAccount("CCO", "Outcomes CCO", { agencyId });
  await signIn(page, cco.email, TEST_PASSWORD);
  await expect(page).toHaveURL("/cco");
  await page.getByRole("link", { name: "Import customer-survey results" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Import customer-survey results");
  await expectAccessible(page);

  const header = OUTCOME_COLUMNS.join(",");
  await page.getByLabel("Or paste the CSV").fill([header, row(program.name, 1, [10, 10, 20, 80, 80]), row(program.name, "second", [10, 10, 20, 80, 80])].join("\n"));
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(formProblem(page)).toContainText("Nothing was imported: 1 problem to fix.");
  const problems = page.getByRole("table", { name: "Problems to fix before anything is imported" });
  await expect(problems.getByRole("row", { name: /^3 / })).toContainText("quarter");
  await expect(problems).toContainText("Enter the quarter as 1, 2, 3 or 4");
  await expectAccessible(page);
  expect(await e2eDb().outcomeQuarter.count({ where: { service: { programId: program.id } } })).toBe(0);

  await page.getByLabel("Or paste the CSV").fill([header, row(program.name, 1, [10, 10, 20, 80, 80]), row(program.name, 2, [10, 10, 10, 90, 80])].join("\n"));
  await page.getByRole("button", { name: "Check the file" }).click();
  const preview = page.getByRole("table", { name: "Quarters to import" });
  await expect(preview.getByRole("row")).toHaveCount(3);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Import 2 quarters" }).click();
  await expect(page.getByRole("status")).toHaveText("Imported 2 quarters.");

  await page.goto(`/programs/${program.id}/progress`);
  // Trust, question 2: 160 of 200 positive in Q1, 170 of 200 in Q2.
  await expect(page.getByText("Trust: 85 % positive in FY2026 Q2, up from 80 % in FY2026 Q1.")).toBeVisible();
  const table = page.getByRole("table", { name: /share of positive answers per A-11 driver/ });
  await expect(table.getByRole("row", { name: /FY2026 Q2/ })).toContainText("85 %");
  // The quarter falls in the FY2026 cycle, whose accepted assessment is at level 3.
  await expect(table.getByRole("row", { name: /FY2026 Q2/ })).toContainText("3 (FY2026)");
  await expect(page.getByText("Loading chart…")).toHaveCount(0);
  await expectAccessible(page);

  // On the portfolio: the program's maturity score against its trust score, with the caution.
  await page.goto(`/portfolio/outcomes?agency=${agencyId}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Maturity and trust");
  await expect(page.locator(".usa-intro")).toContainText("1 of 1 program has both");
  await expect(page.getByText("Association, not cause.")).toBeVisible();
  // Trust over the latest year of results: 330 of 400 positive.
  await expect(page.getByRole("row", { name: new RegExp(program.name) })).toContainText("83 %");
  await expect(page.getByText("Loading chart…")).toHaveCount(0);
  await expectAccessible(page);
});
