// Scores one assessment: per discipline and overall. Pure: no I/O, no dates, no database.
import { attainedLevel, isLevel, roundScore, type LevelRank, type ScoringRule } from "./rules";

/** A practice's answer: a level 1–5, "NA" (not applicable), or absent (not answered yet). */
export type AnswerValue = LevelRank | "NA";

export type ScoringModel = { rule: ScoringRule; disciplines: readonly { key: string; practiceKeys: readonly string[] }[] };

export type DisciplineScore = {
  key: string;
  /** Mean of the answered practices' levels, one decimal; null when the discipline is not scored. */
  score: number | null;
  level: LevelRank | null;
  /** False when too few practices are answered with a level to score it (see the rule). */
  scored: boolean;
  answered: number;
  notApplicable: number;
  unanswered: number;
  total: number;
};

export type AssessmentScore = {
  /** Mean of the scored disciplines' scores (each discipline weighs the same), one decimal. */
  score: number | null;
  /** From the scored disciplines' levels, as the rule says (rules.ts). */
  level: LevelRank | null;
  /** Share of practices answered with a level or "not applicable", 0–1. */
  completeness: number;
  disciplines: DisciplineScore[];
};

export function scoreDiscipline(
  rule: ScoringRule,
  key: string,
  practiceKeys: readonly string[],
  answers: ReadonlyMap<string, AnswerValue>,
): DisciplineScore {
  const levels: number[] = [];
  let notApplicable = 0;
  for (const practice of practiceKeys) {
    const answer = answers.get(practice);
    if (answer === "NA") notApplicable++;
    else if (isLevel(answer)) levels.push(answer);
  }
  const total = practiceKeys.length;
  const answered = levels.length;
  const scored = answered >= rule.minAnsweredPractices && answered >= total * rule.minAnsweredShare;
  return {
    key,
    score: scored ? roundScore(levels.reduce((a, b) => a + b, 0) / answered) : null,
    level: scored ? attainedLevel(levels, rule) : null,
    scored,
    answered,
    notApplicable,
    unanswered: total - answered - notApplicable,
    total,
  };
}

export function scoreAssessment(model: ScoringModel, answers: ReadonlyMap<string, AnswerValue>): AssessmentScore {
  const { rule } = model;
  const disciplines = model.disciplines.map((d) => scoreDiscipline(rule, d.key, d.practiceKeys, answers));
  const scored = disciplines.filter((d) => d.scored);
  const total = disciplines.reduce((n, d) => n + d.total, 0);
  const done = disciplines.reduce((n, d) => n + d.answered + d.notApplicable, 0);
  const hasOverall = scored.length > 0 && (!rule.overallNeedsEveryDiscipline || scored.length === disciplines.length);
  const levels = scored.map((d) => d.level ?? 1);
  // Overall from unrounded discipline means would disagree with the table users see; use what is shown.
  return {
    score: hasOverall ? roundScore(scored.reduce((sum, d) => sum + (d.score ?? 0), 0) / scored.length) : null,
    level: !hasOverall ? null : rule.overallLevel === "lowest-discipline" ? (Math.min(...levels) as LevelRank) : attainedLevel(levels, rule),
    completeness: total ? done / total : 0,
    disciplines,
  };
}
