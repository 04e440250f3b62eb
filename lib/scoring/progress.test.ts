import { describe, expect, it } from "vitest";
import { agencyMean, baselineAndLatest, changeOf, directionOf, type CyclePoint } from "./progress";
import { targetStatus } from "./targets";
import type { LevelRank } from "./rules";

const p = (cycle: string, design: number | null): CyclePoint => ({ cycle, cells: design === null ? null : { design: { score: design, level: Math.floor(design) as LevelRank } } });

describe("changeOf", () => {
  it("compares the latest accepted score with the baseline and with the previous one, skipping gaps", () => {
    expect(changeOf([p("FY24", 1.5), p("FY25", null), p("FY26", 2.25)], "design")).toEqual({ sinceBaseline: 0.8, sincePrevious: 0.8 });
    expect(changeOf([p("FY24", 1.5), p("FY25", 3), p("FY26", 2.5)], "design")).toEqual({ sinceBaseline: 1, sincePrevious: -0.5 });
  });
  it("has no change with fewer than two assessments", () => {
    expect(changeOf([p("FY24", null), p("FY25", 2)], "design")).toEqual({ sinceBaseline: null, sincePrevious: null });
  });
});

describe("directionOf", () => {
  it.each([
    [0.3, "up"],
    [0, "same"],
    [0.05, "same"],
    [-0.2, "down"],
    [null, null],
  ])("%s → %s", (delta, direction) => expect(directionOf(delta)).toBe(direction));
});

describe("baselineAndLatest", () => {
  it("skips cycles without an accepted assessment", () => {
    const { baseline, latest } = baselineAndLatest([p("FY23", null), p("FY24", 2), p("FY25", 3), p("FY26", null)]);
    expect([baseline?.cycle, latest?.cycle]).toEqual(["FY24", "FY25"]);
  });
});

describe("agencyMean", () => {
  it("averages the programs assessed each cycle, and leaves unassessed cycles as gaps", () => {
    const a = [p("FY24", 2), p("FY25", 3), p("FY26", null)];
    const b = [p("FY24", 1), p("FY25", null), p("FY26", null)];
    expect(agencyMean([a, b], ["FY24", "FY25", "FY26"], ["design"])).toEqual([
      { cycle: "FY24", cells: { design: { score: 1.5, level: null } } },
      { cycle: "FY25", cells: { design: { score: 3, level: null } } },
      { cycle: "FY26", cells: null },
    ]);
  });
});

describe("targetStatus", () => {
  const today = new Date("2026-11-24T15:00:00Z");
  it.each([
    [{ targetLevel: 3, dueOn: new Date("2027-09-30"), latestLevel: 3 }, "met"],
    [{ targetLevel: 3, dueOn: new Date("2026-09-30"), latestLevel: 4 }, "met"],
    [{ targetLevel: 3, dueOn: new Date("2026-11-23"), latestLevel: 2 }, "missed"],
    [{ targetLevel: 3, dueOn: new Date("2026-11-24"), latestLevel: 2 }, "at-risk"],
    [{ targetLevel: 3, dueOn: new Date("2027-03-01"), latestLevel: 2 }, "at-risk"],
    [{ targetLevel: 3, dueOn: new Date("2027-09-30"), latestLevel: 2 }, "on-track"],
    [{ targetLevel: 4, dueOn: new Date("2027-09-30"), latestLevel: 2 }, "at-risk"],
    [{ targetLevel: 2, dueOn: null, latestLevel: null }, "at-risk"],
    [{ targetLevel: 2, dueOn: null, latestLevel: 1 }, "on-track"],
  ])("%o → %s", (target, status) => expect(targetStatus({ ...target, today })).toBe(status));
});
