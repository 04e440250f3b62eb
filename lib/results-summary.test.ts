import { describe, expect, it } from "vitest";
import { gapsSummary, scoresSummary } from "./results-summary";

const names = ["Reactive", "Tactical", "Strategic", "Foundational", "Customer-centric"];

describe("summaries", () => {
  it("names the strongest and weakest discipline and the unscored ones", () => {
    expect(
      scoresSummary(
        [
          { name: "Strategy", score: 3.4, level: 3 },
          { name: "Design", score: 1.5, level: 1 },
          { name: "Culture", score: null, level: null },
        ],
        names,
      ),
    ).toBe("Strongest is Strategy at 3.4 of 5, level 3 (Strategic); weakest is Design at 1.5, level 1 (Reactive). 1 discipline has too few answers to score.");
    expect(scoresSummary([{ name: "Culture", score: null, level: null }], names)).toBe("No discipline has enough answers to be scored.");
  });

  it("counts the gaps and names the largest", () => {
    expect(
      gapsSummary([
        { name: "Design", gap: 2, target: 3 },
        { name: "Strategy", gap: 1, target: 4 },
        { name: "Culture", gap: 0, target: 2 },
      ]),
    ).toBe("2 of 3 disciplines are below target. The largest gap is Design: 2 levels below its target of level 3.");
    expect(gapsSummary([{ name: "Design", gap: 0, target: 3 }])).toBe("Every discipline has reached its target.");
  });
});
