import "server-only";
import { db } from "@/lib/db/client";
import { loadModelLevels } from "./internal/scores";
import type { Actor } from "@/lib/auth/actor";
import { canAnswerFor, canReadAnswers } from "@/lib/auth/policy";
import { agreement, byDisagreement, needsRationale, practiceAgreement, suggestedChoice, type RatedChoice } from "@/lib/scoring/agreement";
import { lockedMessage } from "@/lib/scoring/editable";
import type { AssessmentStepInput, ConsensusInput } from "@/lib/validation/ratings";
import { groupBy } from "@/lib/group-by";
import { fail, ok, type Result } from "@/lib/validation/result";
import { loadAssessment, lockEditable } from "./internal/assessment-access";
import { recordAudit } from "./internal/audit";
import { isUuid, requireThat } from "./internal/guards";
import { consensusStarted, loadRespondent } from "./internal/respondent-access";
import { countedRatings, toChoice } from "./internal/counted-ratings";

const STILL_RATING = "The team is still rating: start the consensus on the team page first.";

const choiceText = (c: RatedChoice) => (c === "NA" ? "NA" : String(c));

/**
 * Who may see a team's ratings. A respondent who has finished theirs (blind rating: not before);
 * the program's leads once the consensus has started; whoever may read the assessment's answers
 * otherwise (administrators; once submitted, its CCO and the council).
 */
async function loadForRatings(actor: Actor, assessmentId: string) {
  if (actor.role === "RESPONDENT") {
    const { assessment, respondent } = await loadRespondent(actor, assessmentId);
    const finished = respondent.finishedAt !== null;
    return { assessment, editable: false, lead: false, visible: finished, rates: true, ownFinished: finished };
  }
  requireThat(isUuid(assessmentId));
  const own = await db().respondent.findUnique({ where: { assessmentId_userId: { assessmentId, userId: actor.userId } }, select: { finishedAt: true } });
  const { assessment, editable } = await loadAssessment(actor, assessmentId);
  requireThat(canReadAnswers(actor, assessment.program, assessment.status));
  const { consensusStartedAt } = await db().assessment.findUniqueOrThrow({ where: { id: assessmentId }, select: { consensusStartedAt: true } });
  const lead = canAnswerFor(actor, assessment.program);
  const ownFinished = own?.finishedAt != null;
  // A lead who is not a respondent, or has not finished, waits for the consensus like everyone.
  const visible = lead ? consensusStartedAt !== null || ownFinished : actor.role === "ADMIN" || assessment.status === "SUBMITTED" || assessment.status === "ACCEPTED";
  return { assessment: { ...assessment, consensusStartedAt }, editable, lead, visible, rates: own !== null, ownFinished };
}

/**
 * The consensus view: every practice with the counted ratings, most disagreement first, each with its
 * median, range, disagreement flag, every rating (named for the program's leads and administrators,
 * "Respondent 1, 2, …" for everyone else), the team's answer so far and what the form suggests.
 */
export async function getConsensus(actor: Actor, assessmentId: string) {
  const access = await loadForRatings(actor, assessmentId);
  const { assessment } = access;
  const [respondents, disciplines, answers, ratings, levels] = await Promise.all([
    db().respondent.findMany({ where: { assessmentId }, orderBy: { createdAt: "asc" }, select: { id: true, finishedAt: true, user: { select: { name: true } } } }),
    db().discipline.findMany({
      where: { modelId: assessment.modelId },
      orderBy: { position: "asc" },
      select: { key: true, name: true, practices: { orderBy: { position: "asc" }, select: { id: true, title: true } } },
    }),
    db().answer.findMany({ where: { assessmentId }, select: { practiceId: true, level: true, notApplicable: true, rationale: true, version: true, updatedAt: true } }),
    access.visible ? countedRatings(assessmentId) : Promise.resolve([]),
    loadModelLevels(assessment.modelId),
  ]);
  const named = access.lead || actor.role === "ADMIN";
  const who = new Map(respondents.map((r, i) => [r.id, named ? r.user.name : `Respondent ${i + 1}`]));
  const since = assessment.consensusStartedAt;
  const answerOf = new Map(
    answers.map((a) => [a.practiceId, { choice: toChoice(a), rationale: a.rationale, version: a.version, setInConsensus: since !== null && a.updatedAt >= since }]),
  );
  const practices = disciplines.flatMap((d) =>
    d.practices.map((p) => {
      const own = ratings.filter((r) => r.practiceId === p.id);
      const summary = practiceAgreement(own.map(toChoice));
      const answer = answerOf.get(p.id) ?? null;
      return {
        id: p.id,
        title: p.title,
        disciplineKey: d.key,
        disciplineName: d.name,
        summary,
        suggested: suggestedChoice(summary),
        ratings: own.map((r) => ({ who: who.get(r.respondentId) ?? "", choice: toChoice(r), confidence: r.confidence, note: r.note })),
        answer,
        /** The team's answer departs from the ratings or settles a disagreement, and says nothing of why. */
        rationaleMissing: answer !== null && answer.rationale === "" && needsRationale(summary, answer.choice),
      };
    }),
  );
  return {
    assessment,
    levels,
    visible: access.visible,
    /** Whether the actor rates this assessment and has not finished (they see nothing before they do). */
    ownUnfinished: access.rates && !access.ownFinished,
    named,
    /** The lead sets the team's answers: once the consensus has started, while the assessment can change. */
    canSet: access.lead && access.editable && assessment.consensusStartedAt !== null,
    consensusStartedAt: assessment.consensusStartedAt,
    respondents: respondents.map((r) => ({ who: who.get(r.id)!, finished: r.finishedAt !== null })),
    overall: agreement(practices.map((p) => p.summary)),
    disciplines: disciplines.map((d) => ({ key: d.key, name: d.name, agreement: agreement(practices.filter((p) => p.disciplineKey === d.key).map((p) => p.summary)) })),
    practices: [...practices].sort((a, b) => byDisagreement(a.summary, b.summary)),
  };
}

/**
 * The facilitator's answer for one practice, from the ratings: a rationale is required when it
 * departs from the suggestion (the median rounded down) or settles a disagreement. Evidence already
 * given stays. Optimistic on the answer's version; audited with before and after.
 */
export async function setConsensusAnswer(actor: Actor, input: ConsensusInput): Promise<Result<{ version: number }>> {
  const { assessment, editable } = await loadAssessment(actor, input.assessmentId);
  requireThat(canAnswerFor(actor, assessment.program));
  if (!editable) return fail(lockedMessage(assessment));
  const practice = await db().practice.findFirst({ where: { id: input.practiceId, discipline: { modelId: assessment.modelId } }, select: { id: true, title: true } });
  if (!practice) return fail("This practice is not part of this assessment.", { practiceId: ["Reload the page and try again"] });
  const chosen: RatedChoice = input.choice === "NA" ? "NA" : Number(input.choice);
  const summary = practiceAgreement((await countedRatings(assessment.id, practice.id)).map(toChoice));
  if (needsRationale(summary, chosen) && input.rationale === "") {
    const suggestion = suggestedChoice(summary);
    const why = summary.disagreement
      ? `the ratings of “${practice.title}” disagree`
      : `the answer differs from the ratings' median rounded down (${suggestion === "NA" ? "not applicable" : `level ${suggestion}`})`;
    return fail(`Give a rationale: ${why}.`, { rationale: [`Say why the team chose this answer: ${why}`] });
  }
  const key = { assessmentId_practiceId: { assessmentId: assessment.id, practiceId: practice.id } };
  const values = { level: chosen === "NA" ? null : chosen, notApplicable: chosen === "NA", rationale: input.rationale, answeredById: actor.userId, carriedOver: false };
  const view = { level: true, notApplicable: true, rationale: true, version: true } as const;
  return db().$transaction(async (tx) => {
    const locked = await lockEditable(tx, assessment);
    if (locked) return fail(locked);
    if (!(await consensusStarted(tx, assessment.id))) return fail(STILL_RATING);
    const before = await tx.answer.findUnique({ where: key, select: view });
    const same = before && choiceText(toChoice(before)) === input.choice && before.rationale === input.rationale;
    if ((before?.version ?? 0) !== input.expectedVersion) {
      if (same) return ok({ version: before.version });
      return fail("Someone else changed this answer while you were working. Reload the page to see it, then choose again.");
    }
    const saved = before
      ? await tx.answer.update({ where: key, data: { ...values, version: { increment: 1 } }, select: view })
      : await tx.answer.create({ data: { assessmentId: assessment.id, practiceId: practice.id, ...values }, select: view });
    const audited = (a: typeof saved) => ({ choice: choiceText(toChoice(a)), rationale: a.rationale, version: a.version });
    await recordAudit(tx, actor, {
      action: "answer.consensus",
      entityType: "Answer",
      entityId: `${assessment.id}:${practice.id}`,
      before: before ? audited(before) : undefined,
      after: { ...audited(saved), median: summary.median, disagreement: summary.disagreement },
    });
    return ok({ version: saved.version });
  });
}

/**
 * "Take the suggestion" for every practice whose ratings agree and that has no team answer yet: each
 * gets the median rounded down (no rationale is needed there). Evidence already given stays. Audited
 * once, with every answer it set.
 */
export async function acceptSuggestions(actor: Actor, input: AssessmentStepInput): Promise<Result<{ set: number }>> {
  const { assessment, editable } = await loadAssessment(actor, input.assessmentId);
  requireThat(canAnswerFor(actor, assessment.program));
  if (!editable) return fail(lockedMessage(assessment));
  const ratings = await countedRatings(assessment.id);
  return db().$transaction(async (tx) => {
    const locked = await lockEditable(tx, assessment);
    if (locked) return fail(locked);
    const { consensusStartedAt } = await tx.assessment.findUniqueOrThrow({ where: { id: assessment.id }, select: { consensusStartedAt: true } });
    if (consensusStartedAt === null) return fail(STILL_RATING);
    const settled = await tx.answer.findMany({ where: { assessmentId: assessment.id, updatedAt: { gte: consensusStartedAt } }, select: { practiceId: true } });
    const done = new Set(settled.map((a) => a.practiceId));
    const taken = [...groupBy(ratings, (r) => r.practiceId)].flatMap(([practiceId, own]) => {
      const summary = practiceAgreement(own.map(toChoice));
      const suggested = suggestedChoice(summary);
      return done.has(practiceId) || summary.disagreement || suggested === null ? [] : [{ practiceId, suggested }];
    });
    for (const t of taken) {
      const values = { level: t.suggested === "NA" ? null : t.suggested, notApplicable: t.suggested === "NA", rationale: "", answeredById: actor.userId, carriedOver: false };
      await tx.answer.upsert({
        where: { assessmentId_practiceId: { assessmentId: assessment.id, practiceId: t.practiceId } },
        create: { assessmentId: assessment.id, practiceId: t.practiceId, ...values },
        update: { ...values, version: { increment: 1 } },
      });
    }
    if (taken.length > 0) {
      await recordAudit(tx, actor, {
        action: "answer.consensus-suggestions",
        entityType: "Assessment",
        entityId: assessment.id,
        after: { answers: taken.map((t) => ({ practiceId: t.practiceId, choice: choiceText(t.suggested) })) },
      });
    }
    return ok({ set: taken.length });
  });
}
