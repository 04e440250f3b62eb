import { describe, expect, it } from "vitest";
import { measurableTarget, planLabel, timeFrame } from "./wording";

describe("plan wording", () => {
  it("reads a measurable target as measure, baseline and target in their unit", () => {
    expect(measurableTarget({ measure: "Survey coverage of top tasks", baselineValue: 20, targetValue: 80, unit: "%" })).toBe("Survey coverage of top tasks: 20 % → 80 %");
    expect(measurableTarget({ measure: "Journey maps", baselineValue: null, targetValue: 3, unit: "maps" })).toBe("Journey maps: 3 maps");
    expect(measurableTarget({ measure: "Trust score", baselineValue: 3.2, targetValue: 3.8, unit: "" })).toBe("Trust score: 3.2 → 3.8");
    expect(measurableTarget({ measure: "", baselineValue: 1, targetValue: 2, unit: "" })).toBe("");
  });

  it("reads a time frame", () => {
    expect(timeFrame({ startOn: "2026-10-01", dueOn: "2027-09-30" })).toBe("2026-10-01 to 2027-09-30");
    expect(timeFrame({ startOn: null, dueOn: "2027-09-30" })).toBe("by 2027-09-30");
    expect(timeFrame({ startOn: null, dueOn: null })).toBe("");
    expect(planLabel({ fiscalYear: 2027, number: 2 })).toBe("FY2027 action plan, version 2");
  });
});
