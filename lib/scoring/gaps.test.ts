import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultTarget, gapTo, practicesBelowTarget, PRACTICES_PER_GAP, rankGaps } from "./gaps";
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

describe("practices below target", () => {
  const practices = ["a", "b", "c", "d", "e", "f"].map((key) => ({ key, title: `Practice ${key}` }));
  const levels: Record<string, unknown> = { a: 3, b: 1, c: "NA", d: 2, e: 1, f: undefined };

  it("lists the practices furthest below the target first, ties in the model's order, at most three", () => {
    expect(practicesBelowTarget(practices, (k) => levels[k], 4)).toEqual([
      { key: "b", title: "Practice b", level: 1, gap: 3 },
      { key: "e", title: "Practice e", level: 1, gap: 3 },
      { key: "d", title: "Practice d", level: 2, gap: 2 },
    ]);
  });

  it("leaves out practices at or above the target, unanswered and not applicable ones", () => {
    expect(practicesBelowTarget(practices, (k) => levels[k], 2).map((p) => p.key)).toEqual(["b", "e"]);
    expect(practicesBelowTarget(practices, () => 5, 5)).toEqual([]);
  });

  it("never lists more than PRACTICES_PER_GAP, and every one listed is below the target", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 12 }), fc.integer({ min: 1, max: 5 }), (values, target) => {
        const list = values.map((_, i) => ({ key: `p${i}`, title: `P${i}` }));
        const found = practicesBelowTarget(list, (k) => values[Number(k.slice(1))], target as LevelRank);
        expect(found.length).toBeLessThanOrEqual(PRACTICES_PER_GAP);
        expect(found.every((p) => p.level < target && p.gap === target - p.level)).toBe(true);
        expect(found.map((p) => p.gap)).toEqual([...found.map((p) => p.gap)].sort((a, b) => b - a));
      }),
    );
  });
});
