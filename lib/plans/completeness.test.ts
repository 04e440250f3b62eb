import { describe, expect, it } from "vitest";
import { actionMissing, listInWords, planProblems, type PlanActionFacts } from "./completeness";

const complete: PlanActionFacts = {
  title: "Survey the top tasks",
  notPlanned: false,
  notPlannedReason: "",
  measure: "Post-transaction survey coverage of top tasks",
  targetValue: 80,
  startOn: "2026-10-01",
  dueOn: "2027-09-30",
  ownerName: "Ana Lead",
};

describe("plan completeness", () => {
  it("takes an action with a measure, a target value, a time frame and an owner as complete", () => {
    expect(actionMissing(complete)).toEqual([]);
    expect(planProblems({ actions: [complete] })).toEqual([]);
  });

  it("names everything an action lacks", () => {
    expect(actionMissing({ ...complete, measure: " ", targetValue: null, startOn: null, ownerName: "" })).toEqual([
      "a measure",
      "a target value",
      "a time frame (start and due dates)",
      "an owner",
    ]);
    expect(actionMissing({ ...complete, dueOn: "2026-09-30" })).toEqual(["a due date on or after its start date"]);
  });

  it("asks an action not planned for its reason only", () => {
    const skipped = { ...complete, notPlanned: true, measure: "", targetValue: null, ownerName: "" };
    expect(actionMissing({ ...skipped, notPlannedReason: "Funding moved to FY2028" })).toEqual([]);
    expect(actionMissing(skipped)).toEqual(["the reason it is not planned"]);
  });

  it("says which action needs what, and that a plan needs an action", () => {
    expect(planProblems({ actions: [] })).toEqual(["The plan has no actions yet: add one for a gap."]);
    expect(planProblems({ actions: [complete, { ...complete, title: "Map journeys", targetValue: null, ownerName: "" }] })).toEqual([
      "“Map journeys” needs a target value and an owner.",
    ]);
  });

  it("lists in words", () => {
    expect([[], ["a"], ["a", "b"], ["a", "b", "c"]].map(listInWords)).toEqual(["", "a", "a and b", "a, b and c"]);
  });
});
