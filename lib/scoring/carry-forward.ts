// "Start from the last accepted answers": which of last year's answers a new assessment starts with.
// Practices are matched by their discipline's key and their own, so answers carry across model
// versions for the practices both versions have; a practice new in this version starts unanswered.
import type { AnswerValue } from "./score";

export type PreviousAnswer = {
  disciplineKey: string;
  practiceKey: string;
  level: number | null;
  notApplicable: boolean;
  evidenceNote: string;
  evidenceLinks: string[];
  answeredById: string;
};

export type CurrentPractice = { id: string; disciplineKey: string; practiceKey: string };

export type CarriedAnswer = Omit<PreviousAnswer, "disciplineKey" | "practiceKey"> & { practiceId: string };

export function carryForward(previous: readonly PreviousAnswer[], practices: readonly CurrentPractice[]): CarriedAnswer[] {
  const byKey = new Map(previous.map((a) => [`${a.disciplineKey}\u0000${a.practiceKey}`, a]));
  return practices.flatMap((p) => {
    const answer = byKey.get(`${p.disciplineKey}\u0000${p.practiceKey}`);
    if (!answer) return [];
    const { disciplineKey: _d, practiceKey: _p, ...values } = answer;
    return [{ ...values, practiceId: p.id }];
  });
}

/** What stops a submission while carried answers wait: none, or the message naming them. */
export function unconfirmedMessage(titles: readonly string[]): string | null {
  if (titles.length === 0) return null;
  const n = titles.length;
  return `${n === 1 ? "One answer carried over from the last accepted assessment is" : `${n} answers carried over from the last accepted assessment are`} not confirmed yet: ${titles.join("; ")}. Confirm or change ${n === 1 ? "it" : "each"}, then submit.`;
}

export type PracticeChange = { disciplineName: string; title: string; before: AnswerValue | null; after: AnswerValue | null };

/**
 * The practices whose answer differs from the last accepted assessment's, in the current model's
 * order: changed, answered for the first time (before null) or left unanswered (after null).
 */
export function changesSince(
  disciplines: readonly { name: string; practices: readonly { key: string; title: string }[] }[],
  before: ReadonlyMap<string, AnswerValue>,
  after: ReadonlyMap<string, AnswerValue>,
): PracticeChange[] {
  return disciplines.flatMap((d) =>
    d.practices.flatMap((p) => {
      const was = before.get(p.key) ?? null;
      const is = after.get(p.key) ?? null;
      return was === is ? [] : [{ disciplineName: d.name, title: p.title, before: was, after: is }];
    }),
  );
}
