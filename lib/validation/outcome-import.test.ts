import { describe, expect, it } from "vitest";
import { OUTCOME_COLUMNS, readOutcomeImport } from "./outcome-import";

const counts = (five: number[]) => Array.from({ length: 7 }, () => five).flat();
const line = (cells: (string | number)[]) => cells.join(",");
const csv = (...rows: (string | number)[][]) => [OUTCOME_COLUMNS.join(","), ...rows.map(line)].join("\n");
const good = (quarter = 1) => ["Passports", "Renewal online", 2026, quarter, 1000, 400, 100, ...counts([5, 5, 10, 40, 40])];

describe("the outcome CSV", () => {
  it("reads a row of Touchpoints' layout: volumes and 35 counts", () => {
    const { rows, problems } = readOutcomeImport(csv(good()));
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { row: 2, serviceProvider: "Passports", service: "Renewal online", fiscalYear: 2026, quarter: 1, customers: 1000, surveysOffered: 400, responses: 100, answerCounts: counts([5, 5, 10, 40, 40]) },
    ]);
  });

  it("names the row and column of every bad value, and keeps no row that has one", () => {
    const bad = [...good(2)];
    bad[3] = 5; // quarter
    bad[7 + 6] = "many"; // q2_2
    const { rows, problems } = readOutcomeImport(csv(good(), bad));
    expect(rows).toHaveLength(1);
    expect(problems).toEqual([
      { row: 3, column: "quarter", message: "Enter the quarter as 1, 2, 3 or 4" },
      { row: 3, column: "q2_2", message: "Enter the number of answers as a whole number, like 120" },
    ]);
  });

  it("checks the volumes and answers against each other, and a quarter given twice", () => {
    const odd = [...good()];
    odd[6] = 500; // more respondents than surveys offered, and than answers
    const { problems } = readOutcomeImport(csv(good(), odd));
    expect(problems).toEqual([
      { row: 3, column: "volume_of_respondents", message: "More respondents than surveys offered: check the two volumes" },
      { row: 3, column: "service", message: "An earlier row has Renewal online for FY2026 Q1 already" },
    ]);
    const over = [...good()];
    over[7] = 95; // question 1: 95 + 5 + 10 + 40 + 40 answers from 100 respondents
    expect(readOutcomeImport(csv(over)).problems).toEqual([{ row: 2, column: "q1_1", message: "Question 1 (satisfaction) has 190 answers, more than the 100 respondents" }]);
  });

  it("says which columns a header lacks", () => {
    expect(readOutcomeImport("service,quarter\nX,1").problems[0]).toMatchObject({ row: 1, column: "service_provider", message: expect.stringContaining("missing: service_provider, fiscal_year,") });
  });
});
