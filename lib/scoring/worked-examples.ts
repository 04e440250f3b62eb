// The cases that showed version 1's rule breaking GSA's promise, scored under any rule. The
// Methodology page shows them from here, and the unit tests pin their levels under each version.
import type { LevelRank, ScoringRule } from "./rules";
import { scoreAssessment, scoreDiscipline, type AnswerValue, type ScoringModel } from "./score";

export type WorkedExample = {
  /** What was answered, in words. */
  answers: string;
  /** What the level is of. */
  of: "Discipline" | "Overall";
  level: (rule: ScoringRule) => LevelRank | null;
};

function disciplineLevel(values: AnswerValue[]) {
  const keys = values.map((_, i) => `p${i + 1}`);
  const answers = new Map(values.map((v, i) => [keys[i]!, v]));
  return (rule: ScoringRule) => scoreDiscipline(rule, "governance", keys, answers).level;
}

/** Six disciplines sized like the default model's; `answer(discipline, practice)` gives each answer. */
function overallLevel(answer: (discipline: number, practice: number) => AnswerValue | undefined) {
  const sizes = [7, 7, 7, 7, 6, 6];
  const disciplines = sizes.map((n, d) => ({ key: `d${d}`, practiceKeys: Array.from({ length: n }, (_, p) => `d${d}p${p}`) }));
  const answers = new Map<string, AnswerValue>();
  disciplines.forEach((d, i) =>
    d.practiceKeys.forEach((key, p) => {
      const value = answer(i, p);
      if (value !== undefined) answers.set(key, value);
    }),
  );
  return (rule: ScoringRule) => scoreAssessment({ rule, disciplines } satisfies ScoringModel, answers).level;
}

export const workedExamples: WorkedExample[] = [
  {
    of: "Discipline",
    answers: "Governance: “no one is responsible for CX” (level 1), its other five practices at level 5",
    level: disciplineLevel([1, 5, 5, 5, 5, 5]),
  },
  { of: "Discipline", answers: "Governance: two practices at level 1, four at level 5", level: disciplineLevel([1, 1, 5, 5, 5, 5]) },
  {
    of: "Discipline",
    answers: "The same, with one of the level-1 practices marked “not applicable”",
    level: disciplineLevel([1, "NA", 5, 5, 5, 5]),
  },
  {
    of: "Overall",
    answers: "Strategy all at level 1, one level-1 practice in every other discipline (12 of 40 practices), the rest at level 5",
    level: overallLevel((d, p) => (d === 0 || p === 0 ? 1 : 5)),
  },
  {
    of: "Overall",
    answers: "Only Measurement answered: four of its seven practices at level 5, the rest left blank",
    level: overallLevel((d, p) => (d === 3 && p < 4 ? 5 : undefined)),
  },
];
