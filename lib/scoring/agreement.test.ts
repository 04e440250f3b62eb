import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { agreement, byDisagreement, median, needsRationale, practiceAgreement, suggestedChoice, type RatedChoice } from "./agreement";

const level = fc.integer({ min: 1, max: 5 });
const rating: fc.Arbitrary<RatedChoice> = fc.oneof({ weight: 5, arbitrary: level }, { weight: 1, arbitrary: fc.constant("NA" as const) });
const spreadOf = (ratings: RatedChoice[]) => {
  const a = practiceAgreement(ratings);
  return a.lowest === null || a.highest === null ? 0 : a.highest - a.lowest;
};

describe("practiceAgreement", () => {
  it("summarises three ratings two levels apart as a disagreement (the worked example of the Methodology page)", () => {
    expect(practiceAgreement([2, 4, 3])).toEqual({ count: 3, notApplicable: 0, median: 3, lowest: 2, highest: 4, disagreement: true });
  });

  it("takes the mean of the two middle levels for an even count", () => {
    expect(median([2, 3])).toBe(2.5);
    expect(practiceAgreement([3, 2]).median).toBe(2.5);
  });

  it("treats adjacent levels as agreement", () => {
    expect(practiceAgreement([3, 4, 4]).disagreement).toBe(false);
  });

  it("flags a practice some call not applicable and others rate", () => {
    expect(practiceAgreement(["NA", 2])).toMatchObject({ count: 2, notApplicable: 1, median: 2, disagreement: true });
    expect(practiceAgreement(["NA", "NA"])).toMatchObject({ median: null, disagreement: false });
  });

  it("gives full agreement for identical ratings", () => {
    fc.assert(
      fc.property(rating, fc.integer({ min: 1, max: 8 }), (r, n) => {
        const ratings = Array.from({ length: n }, () => r);
        expect(practiceAgreement(ratings).disagreement).toBe(false);
        expect(agreement([practiceAgreement(ratings)]).share).toBe(n >= 2 ? 1 : null);
      }),
    );
  });

  it("never widens the spread when a rating inside the current range is added", () => {
    fc.assert(
      fc.property(fc.array(level, { minLength: 1, maxLength: 8 }), fc.double({ min: 0, max: 1, noNaN: true }), (ratings, at) => {
        const lowest = Math.min(...ratings);
        const highest = Math.max(...ratings);
        const inside = lowest + Math.round(at * (highest - lowest));
        expect(spreadOf([...ratings, inside])).toBe(spreadOf(ratings));
      }),
    );
  });

  it("puts the median between the lowest and the highest, whatever the order of the ratings", () => {
    fc.assert(
      fc.property(fc.array(rating, { minLength: 1, maxLength: 8 }), (ratings) => {
        const a = practiceAgreement(ratings);
        expect(practiceAgreement([...ratings].reverse())).toEqual(a);
        if (a.median !== null) {
          expect(a.median).toBeGreaterThanOrEqual(a.lowest!);
          expect(a.median).toBeLessThanOrEqual(a.highest!);
        }
      }),
    );
  });
});

describe("the consensus", () => {
  it("suggests the median rounded down", () => {
    expect(suggestedChoice(practiceAgreement([2, 3]))).toBe(2);
    expect(suggestedChoice(practiceAgreement([2, 4, 4]))).toBe(4);
    expect(suggestedChoice(practiceAgreement(["NA", "NA", 3]))).toBe("NA");
    expect(suggestedChoice(practiceAgreement([]))).toBeNull();
  });

  it("asks for a rationale when the answer departs from the suggestion or settles a disagreement", () => {
    expect(needsRationale(practiceAgreement([3, 3, 4]), 3)).toBe(false);
    expect(needsRationale(practiceAgreement([3, 3, 4]), 4)).toBe(true);
    expect(needsRationale(practiceAgreement([2, 4, 3]), 3)).toBe(true);
    expect(needsRationale(practiceAgreement([]), 5)).toBe(false);
  });
});

describe("agreement", () => {
  it("is the share of practices rated twice or more without disagreement", () => {
    const practices = [practiceAgreement([3, 3, 4]), practiceAgreement([1, 3, 2]), practiceAgreement([2, 2, 2]), practiceAgreement([5])];
    expect(agreement(practices)).toEqual({ compared: 3, agreeing: 2, share: 2 / 3 });
    expect(agreement([])).toEqual({ compared: 0, agreeing: 0, share: null });
  });

  it("orders the most disagreement first", () => {
    const calm = practiceAgreement([3, 3]);
    const wide = practiceAgreement([1, 4]);
    const split = practiceAgreement([2, 4]);
    expect([calm, split, wide].sort(byDisagreement)).toEqual([wide, split, calm]);
  });
});
