import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultTarget, gapTo, rankGaps } from "./gaps";
import type { LevelRank } from "./rules";

describe("gaps", () => {
  it("default target is the next level up, capped at Customer-centric", () => {
    expect([null, 1, 2, 3, 4, 5].map((l) => defaultTarget(l as LevelRank | null))).toEqual([1, 2, 3, 4, 5, 5]);
  });

  it("a gap is the levels still to climb, never negative", () => {
    expect(gapTo(2, 4)).toBe(2);
    expect(gapTo(4, 3)).toBe(0);
    expect(gapTo(null, 2)).toBe(2);
  });

  it("ranks the largest gap first and keeps the model's order on ties", () => {
    const ranked = rankGaps([
      { key: "strategy", current: 3, target: 4 },
      { key: "design", current: 1, target: 4 },
      { key: "culture", current: 2 },
      { key: "measurement", current: 5, target: 4 },
    ]);
    expect(ranked.map((g) => [g.key, g.gap])).toEqual([
      ["design", 3],
      ["strategy", 1],
      ["culture", 1],
      ["measurement", 0],
    ]);
  });

  it("property: gaps are between 0 and 5 and sorted descending", () => {
    const item = fc.record({
      key: fc.string(),
      current: fc.constantFrom<LevelRank | null>(null, 1, 2, 3, 4, 5),
      target: fc.option(fc.constantFrom<LevelRank>(1, 2, 3, 4, 5), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(item), (items) => {
        const gaps = rankGaps(items).map((g) => g.gap);
        for (const g of gaps) expect(g >= 0 && g <= 5).toBe(true);
        expect([...gaps].sort((a, b) => b - a)).toEqual(gaps);
      }),
    );
  });
});
