import "server-only";
import { db } from "@/lib/db/client";
import { loadModelLevels } from "./internal/scores";
import type { Actor } from "@/lib/auth/actor";
import { canRateFor } from "@/lib/auth/policy";
import { answersCanChange, EDITABLE_STATUSES, lockedMessage } from "@/lib/scoring/editable";
import type { AssessmentStepInput, RatingInput } from "@/lib/validation/ratings";
import { fail, ok, type Result } from "@/lib/validation/result";
import { lockEditable } from "./internal/assessment-access";
import { recordAudit } from "./internal/audit";
import { consensusStarted, loadRespondent } from "./internal/respondent-access";

const ratingView = { practiceId: true, level: true, notApplicable: true, confidence: true, note: true, version: true, updatedAt: true } as const;

type RatingRow = { level: number | null; notApplicable: boolean; confidence: string; note: string; version: number; updatedAt: Date };
const choiceOf = (r: { level: number | null; notApplicable: boolean }) => (r.notApplicable ? "NA" : String(r.level));
const auditValues = (r: RatingRow) => ({ choice: choiceOf(r), confidence: r.confidence, note: r.note, version: r.version });

/** Why the respondent cannot change their ratings now, or null while they can. */
function closedMessage(state: { finished: boolean; consensus: boolean }): string | null {
  if (state.consensus) return "The lead has started the consensus: ratings can no longer change.";
  if (state.finished) return "You have finished rating: your ratings can no longer change.";
  return null;
}

/** The respondent's own rating sheet: every practice with its level descriptors and their rating so far. */
export async function getRatingSheet(actor: Actor, assessmentId: string) {
  const { assessment, respondent } = await loadRespondent(actor, assessmentId);
  const [disciplines, levels, ratings] = await Promise.all([
    db().discipline.findMany({
      where: { modelId: assessment.modelId },
      orderBy: { position: "asc" },
      select: {
        key: true,
        name: true,
        practices: {
          orderBy: { position: "asc" },
          select: { id: true, title: true, description: true, descriptors: { orderBy: { levelRank: "asc" }, select: { levelRank: true, text: true } } },
        },
      },
    }),
    loadModelLevels(assessment.modelId),
    db().rating.findMany({ where: { respondentId: respondent.id }, select: ratingView }),
  ]);
  const mine = new Map(ratings.map((r) => [r.practiceId, { choice: choiceOf(r), confidence: r.confidence, note: r.note, version: r.version }]));
  const total = disciplines.reduce((n, d) => n + d.practices.length, 0);
  const closed = closedMessage({ finished: respondent.finishedAt !== null, consensus: assessment.consensusStartedAt !== null });
  return {
    assessment,
    finishedAt: respondent.finishedAt,
    consensusStartedAt: assessment.consensusStartedAt,
    /** Why the ratings cannot change (finished, consensus started, assessment settled), or null. */
    closed: closed ?? (answersCanChange(assessment) ? null : lockedMessage(assessment)),
    levels,
    rated: ratings.length,
    total,
    disciplines: disciplines.map((d) => ({ ...d, practices: d.practices.map((p) => ({ ...p, rating: mine.get(p.id) ?? null })) })),
  };
}

/**
 * Saves one of the respondent's own ratings while they rate. A save with a version they did not see
 * (the same sheet open twice) is refused unless it says the same.
 */
export async function saveRating(actor: Actor, input: RatingInput): Promise<Result<{ version: number; updatedAt: string }>> {
  const { assessment, respondent } = await loadRespondent(actor, input.assessmentId);
  if (!answersCanChange(assessment)) return fail(lockedMessage(assessment));
  const practice = await db().practice.findFirst({ where: { id: input.practiceId, discipline: { modelId: assessment.modelId } }, select: { id: true } });
  if (!practice) return fail("This practice is not part of this assessment.", { practiceId: ["Reload the page and try again"] });
  const values = { level: input.choice === "NA" ? null : Number(input.choice), notApplicable: input.choice === "NA", confidence: input.confidence, note: input.note };
  const key = { respondentId_practiceId: { respondentId: respondent.id, practiceId: input.practiceId } };
  return db().$transaction(async (tx) => {
    const locked = await lockEditable(tx, assessment);
    if (locked) return fail(locked);
    const { finishedAt } = await tx.respondent.findUniqueOrThrow({ where: { id: respondent.id }, select: { finishedAt: true } });
    const closed = closedMessage({ finished: finishedAt !== null, consensus: await consensusStarted(tx, assessment.id) });
    if (closed) return fail(closed);
    const before = await tx.rating.findUnique({ where: key, select: ratingView });
    if ((before?.version ?? 0) !== input.expectedVersion) {
      const same = before && choiceOf(before) === input.choice && before.confidence === input.confidence && before.note === input.note;
      if (same) return ok({ version: before.version, updatedAt: before.updatedAt.toISOString() });
      return fail("This rating was changed in another window. Reload the page to see it, then rate again.");
    }
    const saved = before
      ? await tx.rating.update({ where: key, data: { ...values, version: { increment: 1 } }, select: ratingView })
      : await tx.rating.create({ data: { respondentId: respondent.id, practiceId: input.practiceId, ...values }, select: ratingView });
    await recordAudit(tx, actor, {
      action: "rating.save",
      entityType: "Rating",
      entityId: `${respondent.id}:${input.practiceId}`,
      before: before ? auditValues(before) : undefined,
      after: auditValues(saved),
    });
    return ok({ version: saved.version, updatedAt: saved.updatedAt.toISOString() });
  });
}

/** "I have finished": every practice rated, the ratings are fixed and the others' become visible. Idempotent. */
export async function finishRating(actor: Actor, input: AssessmentStepInput): Promise<Result<{ alreadyFinished: boolean }>> {
  const { assessment, respondent } = await loadRespondent(actor, input.assessmentId);
  if (respondent.finishedAt) return ok({ alreadyFinished: true });
  if (!answersCanChange(assessment)) return fail(lockedMessage(assessment));
  return db().$transaction(async (tx) => {
    const locked = await lockEditable(tx, assessment);
    if (locked) return fail(locked);
    if (await consensusStarted(tx, assessment.id)) return fail(closedMessage({ finished: false, consensus: true })!);
    const [practices, rated] = await Promise.all([
      tx.practice.count({ where: { discipline: { modelId: assessment.modelId } } }),
      tx.rating.count({ where: { respondentId: respondent.id } }),
    ]);
    if (rated < practices) {
      const left = practices - rated;
      return fail(`${left} practice${left === 1 ? " is" : "s are"} not rated yet. Rate each one, or mark it not applicable, then finish.`);
    }
    const finished = await tx.respondent.updateMany({ where: { id: respondent.id, finishedAt: null }, data: { finishedAt: new Date() } });
    if (finished.count === 0) return ok({ alreadyFinished: true });
    await recordAudit(tx, actor, { action: "rating.finish", entityType: "Assessment", entityId: assessment.id, after: { respondentId: respondent.id, rated } });
    return ok({ alreadyFinished: false });
  });
}

/** The assessments the actor was asked to rate that are still open, with how far they have got. */
export async function listMyRatings(actor: Actor) {
  const rows = await db().respondent.findMany({
    where: { userId: actor.userId, assessment: { status: { in: [...EDITABLE_STATUSES] }, program: { archivedAt: null } } },
    orderBy: { createdAt: "asc" },
    select: {
      finishedAt: true,
      _count: { select: { ratings: true } },
      assessment: { select: { id: true, modelId: true, consensusStartedAt: true, program: { select: { id: true, name: true, agencyId: true } }, cycle: { select: { name: true } } } },
    },
  });
  // Only programs the actor still belongs to.
  const mine = rows.filter((r) => canRateFor(actor, r.assessment.program));
  const modelIds = [...new Set(mine.map((r) => r.assessment.modelId))];
  const counts = await Promise.all(modelIds.map((modelId) => db().practice.count({ where: { discipline: { modelId } } })));
  const totalOf = new Map(modelIds.map((id, i) => [id, counts[i]!]));
  return mine.map((r) => ({
    assessmentId: r.assessment.id,
    programName: r.assessment.program.name,
    cycleName: r.assessment.cycle.name,
    rated: r._count.ratings,
    total: totalOf.get(r.assessment.modelId) ?? 0,
    state: r.finishedAt ? "Finished" : r.assessment.consensusStartedAt ? "Closed: the consensus has started" : r._count.ratings > 0 ? "In progress" : "Not started",
  }));
}
