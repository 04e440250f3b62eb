import { describe, expect, it } from "vitest";
import { briefSubtitle, distributionText, moversText, plansText, planText, practiceText, type Brief } from "./brief";

const levels = ["Reactive", "Tactical", "Strategic", "Foundational", "Customer-centric"];
const date = (d: Date) => d.toISOString().slice(0, 10);
const base: Brief = {
  scope: "All agencies",
  asOf: new Date("2026-11-30T12:00:00Z"),
  view: "latest",
  cycle: undefined,
  programs: 12,
  withoutAccepted: 1,
  overall: { counts: [3, 4, 2, 2, 1], unscored: 0 },
  practices: [],
  risers: [],
  fallers: [],
  plans: { overdue: 0, dueSoon: 0, soonest: [] },
};
const mover = (program: string, change: number) => ({ programId: program, program, agency: "A", fromCycle: "FY2024", toCycle: "FY2026", from: 2, to: 2 + change, fromVersion: 1, toVersion: 1, change });

describe("the brief in plain language", () => {
  it("says what it covers", () => {
    expect(briefSubtitle(base, date)).toBe("12 programs by their latest accepted assessments, as of 2026-11-30.");
    expect(briefSubtitle({ ...base, view: "baseline", cycle: "FY2025", programs: 1 }, date)).toBe("1 program by their baseline assessments in FY2025, as of 2026-11-30.");
  });

  it("sums the two lowest levels and the rest", () => {
    expect(distributionText(base, levels)).toBe(
      "Of 12 programs, 7 are at the two lowest levels (Reactive or Tactical) and 5 at Strategic or above: 3 at Reactive, 4 at Tactical, 2 at Strategic, 2 at Foundational and 1 at Customer-centric. 1 more program has no accepted assessment.",
    );
    expect(distributionText({ ...base, programs: 0 }, levels)).toBe("No program these filters cover has an accepted assessment yet.");
  });

  it("names each weak practice with its median and programs below target", () => {
    expect(practiceText({ title: "Journey maps", discipline: "Customer Understanding", median: 1.5, belowTarget: 9, programs: 12, resource: null })).toBe(
      "Journey maps (Customer Understanding): median level 1.5; 9 of 12 programs below target.",
    );
  });

  it("writes the sign of each move", () => {
    expect(moversText({ ...base, risers: [mover("Passports", 1.2), mover("Benefits", 0.5)], fallers: [mover("Loans", -0.7)] })).toBe(
      "Rose most since their baseline: Passports (+1.2, FY2024 to FY2026) and Benefits (+0.5, FY2024 to FY2026). Fell most: Loans (−0.7, FY2024 to FY2026).",
    );
    expect(moversText(base)).toBe("No program's overall score changed since its baseline.");
  });

  it("counts plans overdue and due soon", () => {
    expect(plansText({ ...base, plans: { overdue: 1, dueSoon: 3, soonest: [] } })).toBe("1 open action item is overdue and 3 more are due in the next 90 days.");
    expect(plansText(base)).toBe("No open action item is overdue or due in the next 90 days.");
    expect(planText({ program: "Loans", title: "Map the journey", dueOn: new Date("2026-10-01"), overdue: true }, date)).toBe("Loans: Map the journey, was due 2026-10-01.");
  });
});
