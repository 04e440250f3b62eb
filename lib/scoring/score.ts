// Scores one assessment: per discipline and overall. Pure: no I/O, no dates, no database.
import {
  attainedLevel,
  isLevel,
  MIN_ANSWERED_PRACTICES,
  MIN_ANSWERED_SHARE,
  roundScore,
  type LevelRank,
} from "./rules";

/** A practice's answer: a level 1–5, "NA" (not applicable), or absent (not answered yet). */
export type AnswerValue = LevelRank | "NA";

export type ScoringModel = { disciplines: readonly { key: string; practiceKeys: readonly string[] }[] };

export type DisciplineScore = {
  key: string;
  /** Mean of the answered practices' levels, one decimal; null when the discipline is not scored. */
  score: number | null;
  level: LevelRank | null;
  /** False when too few practices are answered with a level to score it (see rules.ts). */
  scored: boolean;
  answered: number;
  notApplicable: number;
  unanswered: number;
  total: number;
};

export type AssessmentScore = {
  /** Mean of the scored disciplines' scores (each discipline weighs the same), one decimal. */
  score: number | null;
  /** The highest level realized by REALIZATION_SHARE of the scored disciplines. */
  level: LevelRank | null;
  /** Share of practices answered with a level or "not applicable", 0–1. */
  completeness: number;
  disciplines: DisciplineScore[];
};

export function scoreDiscipline(key: string, practiceKeys: readonly string[], answers: ReadonlyMap<string, AnswerValue>): DisciplineScore {
  const levels: number[] = [];
  let notApplicable = 0;
  for (const practice of practiceKeys) {
    const answer = answers.get(practice);
    if (answer === "NA") notApplicable++;
    else if (isLevel(answer)) levels.push(answer);
  }
  const total = practiceKeys.length;
  const answered = levels.length;
  const scored = answered >= MIN_ANSWERED_PRACTICES && answered >= total * MIN_ANSWERED_SHARE;
  return {
    key,
    score: scored ? roundScore(levels.reduce((a, b) => a + b, 0) / answered) : null,
    level: scored ? attainedLevel(levels) : null,
    scored,
    answered,
    notApplicable,
    unanswered: total - answered - notApplicable,
    total,
  };
}

export function scoreAssessment(model: ScoringModel, answers: ReadonlyMap<string, AnswerValue>): AssessmentScore {
  const disciplines = model.disciplines.map((d) => scoreDiscipline(d.key, d.practiceKeys, answers));
  const scored = disciplines.filter((d) => d.scored);
  const total = disciplines.reduce((n, d) => n + d.total, 0);
  const done = disciplines.reduce((n, d) => n + d.answered + d.notApplicable, 0);
  // Overall from unrounded discipline means would disagree with the table users see; use what is shown.
  const score = scored.length ? roundScore(scored.reduce((sum, d) => sum + (d.score ?? 0), 0) / scored.length) : null;
  return {
    score,
    level: scored.length ? attainedLevel(scored.map((d) => d.level ?? 1)) : null,
    completeness: total ? done / total : 0,
    disciplines,
  };
}
