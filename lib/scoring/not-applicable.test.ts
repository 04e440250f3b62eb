import { describe, expect, it } from "vitest";
import { lacksReason, unexplainedMessage } from "./not-applicable";

describe("not applicable without a reason", () => {
  it("is a not-applicable answer whose note is empty or blank", () => {
    expect(lacksReason({ notApplicable: true, evidenceNote: "" })).toBe(true);
    expect(lacksReason({ notApplicable: true, evidenceNote: " \n " })).toBe(true);
    expect(lacksReason({ notApplicable: true, evidenceNote: "No partners in this journey." })).toBe(false);
    expect(lacksReason({ notApplicable: false, evidenceNote: "" })).toBe(false);
  });

  it("names each practice in the message", () => {
    expect(unexplainedMessage(["Partners coordinate"])).toBe(
      "1 practice is marked “not applicable” without a reason: “Partners coordinate”. Say in the evidence note why it does not apply to your program, then submit.",
    );
    expect(unexplainedMessage(["A", "B"])).toMatch(/^2 practices are marked .*“A”, “B”\. .*why each does not apply/);
  });
});
