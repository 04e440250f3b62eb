import { describe, expect, it } from "vitest";
import { adjustmentsOf, optimismText, type AnswerChoice } from "./validation";

describe("the council's validation", () => {
  const answers = new Map<string, AnswerChoice>([
    ["a", 4],
    ["b", 3],
    ["c", "NA"],
  ]);

  it("keeps only the validations that change an answer, with their reason", () => {
    expect(
      adjustmentsOf(answers, [
        { practiceId: "a", choice: 3, reason: " The dashboard is not yet used. " },
        { practiceId: "b", choice: "AGREE", reason: "" },
        { practiceId: "c", choice: "NA", reason: "" },
        { practiceId: "unknown", choice: 2, reason: "" },
      ]),
    ).toEqual([{ practiceId: "a", selfReported: 4, validated: 3, reason: "The dashboard is not yet used." }]);
    expect(adjustmentsOf(answers, [{ practiceId: "c", choice: 2, reason: "" }])).toEqual([{ practiceId: "c", selfReported: "NA", validated: 2, reason: "" }]);
  });

  it("writes optimism signed, to one decimal", () => {
    expect([0.46, 0, -0.2, 1, null].map(optimismText)).toEqual(["+0.5", "0.0", "−0.2", "+1.0", "—"]);
  });
});
