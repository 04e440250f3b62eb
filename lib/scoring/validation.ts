// The council's validation of a submission, practice by practice: it agrees with the program's
// answer, or sets another one and says why. On acceptance both are kept: the validated answer is the
// one scored; the self-reported one stays beside it.

export type AnswerChoice = number | "NA";

/** What the reviewer chose for one practice: "AGREE", or the answer they validate instead. */
export type ValidationInput = { practiceId: string; choice: AnswerChoice | "AGREE"; reason: string };

export type Adjustment = { practiceId: string; selfReported: AnswerChoice; validated: AnswerChoice; reason: string };

export const choiceOfAnswer = (a: { level: number | null; notApplicable: boolean }): AnswerChoice => (a.notApplicable || a.level === null ? "NA" : a.level);

/** The validations that change an answer: agreeing, or choosing the program's own answer, changes nothing. */
export function adjustmentsOf(answers: ReadonlyMap<string, AnswerChoice>, validations: readonly ValidationInput[]): Adjustment[] {
  return validations.flatMap((v) => {
    const selfReported = answers.get(v.practiceId);
    if (selfReported === undefined || v.choice === "AGREE" || v.choice === selfReported) return [];
    return [{ practiceId: v.practiceId, selfReported, validated: v.choice, reason: v.reason.trim() }];
  });
}

/**
 * Optimism is a program's self-reported overall level minus the validated one (positive: it rated
 * itself above what the council validated); the portfolio's query computes it per program and its
 * mean over the programs shown (portfolio-pick.ts).
 */
export const optimismText = (value: number | null) => (value === null ? "—" : `${value > 0.05 ? "+" : value < -0.05 ? "−" : ""}${Math.abs(value).toFixed(1)}`);
