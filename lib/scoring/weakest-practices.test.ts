import { describe, expect, it } from "vitest";
import { medianLevel, weakestPractices, type PracticeTally } from "./weakest-practices";

const tally = (practiceKey: string, counts: number[], belowTarget = 0): PracticeTally => ({ practiceKey, title: practiceKey, disciplineKey: "d", counts, belowTarget });

describe("medianLevel", () => {
  it("reads the middle level of an odd count", () => {
    // Levels 1, 2, 2, 4, 5: the third is 2.
    expect(medianLevel([1, 2, 0, 1, 1])).toBe(2);
  });
  it("averages the middle two of an even count", () => {
    // Levels 1, 1, 3, 4: (1 + 3) / 2.
    expect(medianLevel([2, 0, 1, 1, 0])).toBe(2);
    // Levels 2, 3: 2.5.
    expect(medianLevel([0, 1, 1, 0, 0])).toBe(2.5);
  });
  it("has none when nobody answered with a level", () => {
    expect(medianLevel([0, 0, 0, 0, 0])).toBeNull();
  });
});

describe("weakestPractices", () => {
  it("orders by median, then programs below target, then programs answering, then the model's order", () => {
    const ranked = weakestPractices([
      tally("high", [0, 0, 0, 3, 0], 0), // median 4
      tally("tie-fewer-below", [1, 2, 0, 0, 0], 1), // median 2, 1 below
      tally("tie-more-below", [0, 3, 0, 0, 0], 3), // median 2, 3 below
      tally("lowest", [3, 0, 1, 0, 0], 2), // median 1
      tally("tie-more-programs", [1, 3, 0, 0, 1], 1), // median 2, 1 below, 5 answering
      tally("unanswered", [0, 0, 0, 0, 0], 0),
    ]);
    expect(ranked.map((p) => [p.practiceKey, p.median, p.belowTarget, p.programs])).toEqual([
      ["lowest", 1, 2, 4],
      ["tie-more-below", 2, 3, 3],
      ["tie-more-programs", 2, 1, 5],
      ["tie-fewer-below", 2, 1, 3],
      ["high", 4, 0, 3],
    ]);
  });

  it("shows at most the number asked for", () => {
    const many = Array.from({ length: 15 }, (_, i) => tally(`p${i}`, [1, 0, 0, 0, 0]));
    expect(weakestPractices(many)).toHaveLength(10);
    expect(weakestPractices(many, 3).map((p) => p.practiceKey)).toEqual(["p0", "p1", "p2"]);
  });
});
