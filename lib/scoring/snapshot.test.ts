import { describe, expect, it } from "vitest";
import { scoreAssessment, type AnswerValue } from "./score";
import { parseSnapshot, snapshotOf } from "./snapshot";
import { RULE_V1 } from "./rules";

const model = { rule: RULE_V1, disciplines: [{ key: "design", practiceKeys: ["d1", "d2"] }, { key: "culture", practiceKeys: ["c1", "c2"] }] };

describe("score snapshots", () => {
  it("keep the overall and per-discipline scores and read back the same", () => {
    const values = new Map<string, AnswerValue>([["d1", 4], ["d2", 4], ["c1", 2], ["c2", "NA"]]);
    const snapshot = snapshotOf(scoreAssessment(model, values));
    expect(snapshot).toEqual({
      overallScore: 4,
      overallLevel: 4,
      disciplines: [
        { key: "design", score: 4, level: 4 },
        { key: "culture", score: null, level: null },
      ],
    });
    expect(parseSnapshot(JSON.parse(JSON.stringify(snapshot)))).toEqual(snapshot);
  });

  it("treat a malformed stored row as absent", () => {
    expect(parseSnapshot({ overallScore: 3, overallLevel: 3, disciplines: "nope" })).toBeNull();
    expect(parseSnapshot({ overallScore: 3, overallLevel: 9, disciplines: [] })).toBeNull();
    expect(parseSnapshot({ overallScore: 3, overallLevel: 3, disciplines: [{ key: "design", score: "3", level: 3 }] })).toBeNull();
    expect(parseSnapshot({ overallScore: 3, overallLevel: 3, disciplines: [{ key: "design", score: 3, level: 6 }] })).toBeNull();
  });
});
