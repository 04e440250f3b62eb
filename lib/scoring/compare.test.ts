import { describe, expect, it } from "vitest";
import { compareTable, type CompareColumn } from "./compare";

const cell = (score: number | null, level: 1 | 2 | 3 | 4 | 5 | null) => ({ score, level });

// Two programs. A: strategy 2.4 (level 2) against a target of 4, design 3.1 (level 3) with no target
// (aims one up: 4), baseline strategy 1.9 and overall 2.0. B: no baseline, strategy unscored, design 4.5
// (level 4) with its target of 3 met.
const a: CompareColumn = {
  key: "a",
  overall: cell(2.8, 2),
  disciplines: { strategy: cell(2.4, 2), design: cell(3.1, 3) },
  before: { overall: cell(2.0, 2), disciplines: { strategy: cell(1.9, 1) } },
  targets: { strategy: 4 },
};
const b: CompareColumn = { key: "b", overall: cell(4.5, 4), disciplines: { design: cell(4.5, 4) }, before: null, targets: { design: 3 } };

describe("compareTable", () => {
  const table = compareTable(["strategy", "design"], [a, b]);

  it("gives each discipline its level, its change since the column's before, and its gap to target", () => {
    expect(table.rows).toEqual([
      { key: "strategy", cells: [{ score: 2.4, level: 2, change: 0.5, gap: 2 }, { score: null, level: null, change: null, gap: null }] },
      { key: "design", cells: [{ score: 3.1, level: 3, change: null, gap: 1 }, { score: 4.5, level: 4, change: null, gap: 0 }] },
    ]);
  });

  it("gives the overall row its change and no gap", () => {
    expect(table.overall).toEqual([
      { score: 2.8, level: 2, change: 0.8, gap: null },
      { score: 4.5, level: 4, change: null, gap: null },
    ]);
  });

  it("sums each column's disciplines below target and the levels they are short", () => {
    expect(table.summaries).toEqual([
      { belowTarget: 2, levelsShort: 3 },
      { belowTarget: 0, levelsShort: 0 },
    ]);
  });
});
