import { describe, expect, it } from "vitest";
import { combineCounts, driverShares, positiveShare, recentTrust, shareText } from "./shares";

/** 35 counts with the same five for every question. */
const every = (five: number[]) => Array.from({ length: 7 }, () => five).flat();

describe("customer-survey arithmetic", () => {
  it("counts the answers at 4 and 5 as positive", () => {
    // 10 answers: 1, 1, 2 at points 1–3, then 4 and 2 at points 4 and 5: 6 of 10 positive.
    expect(positiveShare([1, 1, 2, 4, 2])).toBe(0.6);
    expect(positiveShare([0, 0, 0, 0, 0])).toBeNull();
  });

  it("weights services by how many answered: counts are added before the share is taken", () => {
    // A small service all positive (10 of 10) and a large one mostly not (20 of 100): 30 of 110,
    // not the mean of the two shares (60 %).
    const small = every([0, 0, 0, 5, 5]);
    const large = every([40, 20, 20, 10, 10]);
    const shares = driverShares(combineCounts([small, large]));
    expect(shares.trust).toBeCloseTo(30 / 110, 10);
    expect(shareText(shares.trust)).toBe("27 %");
  });

  it("reads each question's counts in Touchpoints' order", () => {
    const counts = [...every([0, 0, 0, 0, 0])];
    counts.splice(5, 5, 0, 0, 1, 1, 2); // question 2, trust: 3 of 4 positive
    expect(driverShares(counts)).toMatchObject({ satisfaction: null, trust: 0.75, effectiveness: null });
    expect(shareText(null)).toBe("no answers");
  });
});

describe("recentTrust", () => {
  it("takes the latest four quarters with results, every service of them added", () => {
    const q = (fiscalYear: number, quarter: number, five: number[]) => ({ fiscalYear, quarter, answerCounts: every(five) });
    const quarters = [
      q(2025, 1, [10, 0, 0, 0, 0]), // the oldest of five quarters: left out
      q(2025, 2, [0, 0, 0, 5, 5]),
      q(2025, 3, [0, 0, 10, 0, 0]),
      q(2025, 4, [0, 0, 0, 10, 0]),
      q(2026, 1, [0, 0, 0, 0, 10]),
      q(2026, 1, [10, 0, 0, 0, 0]), // a second service in the same quarter
    ];
    // Positive: 10 + 0 + 10 + 10 + 0 = 30 of 50.
    expect(recentTrust(quarters)).toEqual({ share: 0.6, quarters: 4 });
    expect(recentTrust([])).toEqual({ share: null, quarters: 0 });
  });
});
