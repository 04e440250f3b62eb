import { describe, expect, it } from "vitest";
import { levelDistribution, sortPortfolio, type PortfolioEntry } from "./portfolio";

const entry = (program: string, agency: string, overall: number | null, design: number | null): PortfolioEntry => ({
  programId: program,
  program,
  agency,
  assessmentId: program,
  cycle: "FY2026",
  overall: { level: overall as 1, score: overall },
  disciplines: { design: { level: design as 1, score: design === null ? null : design + 0.2 } },
});

const entries = [entry("Bravo", "VA", 3, 2), entry("alpha", "SSA", 1, null), entry("Charlie", "VA", 3, 4)];

describe("sortPortfolio", () => {
  it("sorts by program name, case-insensitively, both ways", () => {
    expect(sortPortfolio(entries, "program", "asc").map((e) => e.program)).toEqual(["alpha", "Bravo", "Charlie"]);
    expect(sortPortfolio(entries, "program", "desc").map((e) => e.program)).toEqual(["Charlie", "Bravo", "alpha"]);
  });

  it("sorts by agency, then program", () => {
    expect(sortPortfolio(entries, "agency", "desc").map((e) => e.program)).toEqual(["Bravo", "Charlie", "alpha"]);
  });

  it("sorts by a discipline's level with unscored cells last either way", () => {
    expect(sortPortfolio(entries, "discipline:design", "asc").map((e) => e.program)).toEqual(["Bravo", "Charlie", "alpha"]);
    expect(sortPortfolio(entries, "discipline:design", "desc").map((e) => e.program)).toEqual(["Charlie", "Bravo", "alpha"]);
  });

  it("breaks level ties by name", () => {
    expect(sortPortfolio(entries, "overall", "desc").map((e) => e.program)).toEqual(["Bravo", "Charlie", "alpha"]);
  });
});

describe("levelDistribution", () => {
  it("counts programs per level and the unscored", () => {
    expect(levelDistribution(entries, ["design"])).toEqual([{ key: "design", counts: { 1: 0, 2: 1, 3: 0, 4: 1, 5: 0, unscored: 1 } }]);
  });
});
