import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { attainedLevel, RULE_V1, RULE_V2, type LevelRank, type ScoringRule } from "./rules";
import { scoreAssessment, scoreDiscipline, type AnswerValue, type ScoringModel } from "./score";
import { workedExamples } from "./worked-examples";

const answersOf = (entries: Record<string, AnswerValue>) => new Map(Object.entries(entries));

describe("attainedLevel, version 1 (80 % realization)", () => {
  it.each([
    [[1], 1],
    [[5, 5, 5, 5, 5], 5],
    [[5, 5, 5, 5, 1], 5], // 4 of 5 = 80 % at 5
    [[5, 5, 5, 1, 1], 1], // 3 of 5 at ≥2 is only 60 %
    [[3, 3, 3, 3, 2], 3],
    [[4, 4, 4, 4, 3, 3, 3, 3, 3, 1], 3], // 9 of 10 at ≥3; 4 of 10 at ≥4
    [[2, 4], 2], // 2 of 2 at ≥2, 1 of 2 at ≥3
  ])("%j → level %i", (values, level) => {
    expect(attainedLevel(values, RULE_V1)).toBe(level);
  });
});

describe("scoreDiscipline", () => {
  const practices = ["p1", "p2", "p3", "p4", "p5"];

  it("scores the mean of answered practices to one decimal and ignores 'not applicable'", () => {
    const d = scoreDiscipline(RULE_V1, "m", practices, answersOf({ p1: 3, p2: 4, p3: 4, p4: "NA", p5: 3 }));
    expect(d).toEqual({ key: "m", score: 3.5, level: 3, scored: true, answered: 4, notApplicable: 1, unanswered: 0, total: 5 });
  });

  it("is not scored with fewer than two answers or under half the practices answered", () => {
    expect(scoreDiscipline(RULE_V1, "m", practices, answersOf({ p1: 5 })).scored).toBe(false);
    expect(scoreDiscipline(RULE_V1, "m", practices, answersOf({ p1: 5, p2: 5, p3: "NA", p4: "NA", p5: "NA" }))).toMatchObject({
      scored: false,
      score: null,
      level: null,
      answered: 2,
      notApplicable: 3,
    });
    expect(scoreDiscipline(RULE_V1, "m", practices, answersOf({ p1: 5, p2: 5, p3: 4 })).scored).toBe(true);
  });

  it("rounds one-decimal means half up", () => {
    expect(scoreDiscipline(RULE_V1, "m", ["a", "b", "c"], answersOf({ a: 1, b: 2, c: 2 })).score).toBe(1.7);
    expect(scoreDiscipline(RULE_V1, "m", ["a", "b", "c", "d"], answersOf({ a: 1, b: 2, c: 2, d: 2 })).score).toBe(1.8); // 1.75
  });
});

describe("scoreAssessment, version 1", () => {
  const model: ScoringModel = {
    rule: RULE_V1,
    disciplines: [
      { key: "a", practiceKeys: ["a1", "a2"] },
      { key: "b", practiceKeys: ["b1", "b2"] },
      { key: "c", practiceKeys: ["c1", "c2"] },
    ],
  };

  it("weighs disciplines equally and needs 80 % of them at a level for the overall level", () => {
    const s = scoreAssessment(model, answersOf({ a1: 4, a2: 4, b1: 4, b2: 4, c1: 1, c2: 2 }));
    expect(s.disciplines.map((d) => [d.score, d.level])).toEqual([
      [4, 4],
      [4, 4],
      [1.5, 1],
    ]);
    expect(s.score).toBe(3.2); // (4 + 4 + 1.5) / 3 = 3.17
    expect(s.level).toBe(1); // 2 of 3 disciplines at ≥2 is 67 %
    expect(s.completeness).toBe(1);
  });

  it("reports completeness and leaves unscored disciplines out of the overall", () => {
    const s = scoreAssessment(model, answersOf({ a1: 3, a2: 3, b1: "NA", b2: "NA" }));
    expect(s.completeness).toBeCloseTo(4 / 6);
    expect(s.disciplines.map((d) => d.scored)).toEqual([true, false, false]);
    expect(s.score).toBe(3);
    expect(s.level).toBe(3);
  });

  it("has no score or level with no answers", () => {
    expect(scoreAssessment(model, new Map())).toMatchObject({ score: null, level: null, completeness: 0 });
  });
});

// Property tests over random models and answers.
const level = fc.constantFrom<LevelRank>(1, 2, 3, 4, 5);
const answerValue = fc.oneof(level, fc.constant<"NA">("NA"));
const ruleArb = fc.constantFrom(RULE_V1, RULE_V2);
const modelArb = fc
  .tuple(fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 1, maxLength: 6 }), ruleArb)
  .map(([sizes, rule]): ScoringModel => ({
    rule,
    disciplines: sizes.map((n, d) => ({ key: `d${d}`, practiceKeys: Array.from({ length: n }, (_, p) => `d${d}p${p}`) })),
  }));
const scenario = modelArb.chain((model) => {
  const keys = model.disciplines.flatMap((d) => d.practiceKeys);
  return fc.tuple(fc.constant(model), fc.array(fc.option(answerValue, { nil: undefined }), { minLength: keys.length, maxLength: keys.length }), fc.nat(keys.length - 1)).map(
    ([m, values, pick]) => {
      const answers = new Map<string, AnswerValue>();
      keys.forEach((k, i) => {
        const v = values[i];
        if (v !== undefined) answers.set(k, v);
      });
      return { model: m, answers, pickKey: keys[pick]! };
    },
  );
});

describe("properties", () => {
  it("scores and levels stay within 1–5", () => {
    fc.assert(
      fc.property(scenario, ({ model, answers }) => {
        const s = scoreAssessment(model, answers);
        for (const value of [s.score, s.level, ...s.disciplines.flatMap((d) => [d.score, d.level])]) {
          if (value !== null) {
            expect(value).toBeGreaterThanOrEqual(1);
            expect(value).toBeLessThanOrEqual(5);
          }
        }
        expect(s.completeness).toBeGreaterThanOrEqual(0);
        expect(s.completeness).toBeLessThanOrEqual(1);
      }),
    );
  });

  it("raising one answer never lowers a score or a level (so lowering one never raises them)", () => {
    fc.assert(
      fc.property(scenario, ({ model, answers, pickKey }) => {
        const current = answers.get(pickKey);
        if (current === undefined || current === "NA" || current === 5) return;
        const raised = new Map(answers).set(pickKey, (current + 1) as LevelRank);
        const before = scoreAssessment(model, answers);
        const after = scoreAssessment(model, raised);
        expect(after.score ?? 0).toBeGreaterThanOrEqual(before.score ?? 0);
        expect(after.level ?? 0).toBeGreaterThanOrEqual(before.level ?? 0);
        after.disciplines.forEach((d, i) => {
          expect(d.score ?? 0).toBeGreaterThanOrEqual(before.disciplines[i]!.score ?? 0);
          expect(d.level ?? 0).toBeGreaterThanOrEqual(before.disciplines[i]!.level ?? 0);
        });
      }),
    );
  });

  it("marking a practice 'not applicable' never changes another discipline", () => {
    fc.assert(
      fc.property(scenario, ({ model, answers, pickKey }) => {
        const marked = new Map(answers).set(pickKey, "NA");
        const before = scoreAssessment(model, answers);
        const after = scoreAssessment(model, marked);
        const owner = model.disciplines.find((d) => d.practiceKeys.includes(pickKey))!.key;
        after.disciplines.forEach((d, i) => {
          if (d.key !== owner) expect(d).toEqual(before.disciplines[i]);
        });
      }),
    );
  });
});

describe("the worked examples (Methodology page)", () => {
  const levels = (rule: ScoringRule) => workedExamples.map((e) => e.level(rule));

  it("version 1 lets one weak practice, a convenient “not applicable” or one discipline carry the level", () => {
    expect(levels(RULE_V1)).toEqual([5, 1, 5, 5, 5]);
  });

  it("version 2 keeps every level within one of the weakest practice and the overall at the weakest discipline", () => {
    // [1,5,5,5,5,5] → 2; [1,1,5,5,5,5] → 1; [1,NA,5,5,5,5] → 2; Strategy at 1 → overall 1; one discipline → no overall.
    expect(levels(RULE_V2)).toEqual([2, 1, 2, 1, null]);
  });
});

describe("scoreAssessment, version 2", () => {
  const model: ScoringModel = {
    rule: RULE_V2,
    disciplines: [
      { key: "a", practiceKeys: ["a1", "a2", "a3"] },
      { key: "b", practiceKeys: ["b1", "b2"] },
    ],
  };

  it("gives the lowest discipline level overall, with the mean of the discipline scores", () => {
    const s = scoreAssessment(model, answersOf({ a1: 4, a2: 4, a3: 3, b1: 2, b2: 2 }));
    expect(s.disciplines.map((d) => d.level)).toEqual([3, 2]); // a: 67 % at ≥4 is short of 80 %
    expect(s).toMatchObject({ level: 2, score: 2.9 }); // (3.7 + 2) / 2 = 2.85, from the discipline scores as shown
  });

  it("has no overall until every discipline is scored", () => {
    const s = scoreAssessment(model, answersOf({ a1: 4, a2: 4, a3: 4, b1: 4 }));
    expect(s.disciplines.map((d) => d.scored)).toEqual([true, false]);
    expect(s).toMatchObject({ score: null, level: null });
  });
});

describe("properties, version 2", () => {
  const v2 = scenario.filter(({ model }) => model.rule === RULE_V2);

  it("never gives an overall level above any scored discipline's", () => {
    fc.assert(
      fc.property(v2, ({ model, answers }) => {
        const s = scoreAssessment(model, answers);
        for (const d of s.disciplines) if (d.scored && s.level !== null) expect(s.level).toBeLessThanOrEqual(d.level!);
      }),
    );
  });

  it("never puts a discipline more than one level above its weakest answered practice", () => {
    fc.assert(
      fc.property(v2, ({ model, answers }) => {
        for (const d of scoreAssessment(model, answers).disciplines) {
          if (!d.scored) continue;
          const practiceKeys = model.disciplines.find((x) => x.key === d.key)!.practiceKeys;
          const lowest = Math.min(...practiceKeys.map((k) => answers.get(k)).filter((v): v is LevelRank => typeof v === "number"));
          expect(d.level!).toBeLessThanOrEqual(lowest + 1);
        }
      }),
    );
  });

  it("never rates higher than version 1 on the same answers", () => {
    fc.assert(
      fc.property(v2, ({ model, answers }) => {
        const strict = scoreAssessment(model, answers);
        const loose = scoreAssessment({ ...model, rule: RULE_V1 }, answers);
        if (strict.level !== null) expect(strict.level).toBeLessThanOrEqual(loose.level!);
        strict.disciplines.forEach((d, i) => expect(d.level ?? 0).toBeLessThanOrEqual(loose.disciplines[i]!.level ?? 0));
      }),
    );
  });
});
