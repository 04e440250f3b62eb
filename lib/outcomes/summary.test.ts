import { describe, expect, it } from "vitest";
import { outcomesSummary } from "./summary";

const shares = (trust: number | null, satisfaction: number | null) => ({ satisfaction, trust, effectiveness: null, ease: null, efficiency: null, transparency: null, employee: null });

describe("outcomesSummary", () => {
  it("says how trust and satisfaction moved from the first quarter to the last, and the levels meanwhile", () => {
    expect(
      outcomesSummary(
        [
          { label: "FY2025 Q1", shares: shares(0.5, 0.6), cycle: "FY2025", level: 2 },
          { label: "FY2026 Q4", shares: shares(0.62, 0.6), cycle: "FY2026", level: 3 },
        ],
        ["Renewals"],
      ),
    ).toEqual([
      "2 quarters of customer-survey results (FY2025 Q1 to FY2026 Q4) from Renewals.",
      "Trust: 62 % positive in FY2026 Q4, up from 50 % in FY2025 Q1.",
      "Satisfaction: 60 % positive in FY2026 Q4, unchanged from 60 % in FY2025 Q1.",
      "Maturity level over the same time: 2 in FY2025, 3 in FY2026.",
    ]);
  });

  it("says when there is nothing yet", () => {
    expect(outcomesSummary([], [])).toEqual(["No customer-survey results have been imported for this program yet."]);
  });
});
