import { describe, expect, it } from "vitest";
import type { AssessmentStatus, CycleStatus } from "@/lib/db/generated/enums";
import { answersCanChange, isEditableStatus, lockedMessage } from "./editable";

const state = (status: AssessmentStatus, cycleStatus: CycleStatus = "OPEN") => ({ status, cycle: { name: "FY2026", status: cycleStatus } });

describe("which assessments may change", () => {
  it.each([
    ["DRAFT", true],
    ["RETURNED", true],
    ["SUBMITTED", false],
    ["ACCEPTED", false],
  ] as const)("%s is editable: %s", (status, editable) => {
    expect(isEditableStatus(status)).toBe(editable);
    expect(answersCanChange(state(status))).toBe(editable);
  });

  it("nothing changes once the cycle is closed, not even a draft", () => {
    expect(answersCanChange(state("DRAFT", "CLOSED"))).toBe(false);
    expect(lockedMessage(state("DRAFT", "CLOSED"))).toBe("The FY2026 cycle is closed: its assessments can no longer change.");
  });

  it("says why a settled assessment is read-only", () => {
    expect(lockedMessage(state("SUBMITTED"))).toMatch(/submitted.*until the council returns it/);
    expect(lockedMessage(state("ACCEPTED"))).toMatch(/accepted and can no longer change/);
  });
});
