import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { canAnswerFor, canReadAnswers } from "@/lib/auth/policy";
import { mentionsIn } from "@/lib/discussion/comment-text";
import { mentioned } from "@/lib/notifications/messages";
import { answersCanChange, lockedMessage } from "@/lib/scoring/editable";
import type { ClearFlagsInput, CommentInput } from "@/lib/validation/discussion";
import { fail, ok, type Result } from "@/lib/validation/result";
import { loadAssessment } from "./internal/assessment-access";
import { recordAudit } from "./internal/audit";
import { requireThat } from "./internal/guards";
import { notify } from "./internal/notify";
import type { Recipient } from "./internal/outbox";
import type { AssessmentHeader } from "./types";

/** The practice, if it belongs to the assessment's model and the actor may read the assessment's answers. */
async function practiceInView(actor: Actor, assessmentId: string, practiceId: string) {
  const { assessment } = await loadAssessment(actor, assessmentId);
  requireThat(canReadAnswers(actor, assessment.program, assessment.status));
  const practice = await db().practice.findFirst({
    where: { id: practiceId, discipline: { modelId: assessment.modelId } },
    select: { id: true, title: true, discipline: { select: { key: true, name: true } } },
  });
  requireThat(practice !== null);
  return { assessment, practice };
}

/**
 * Everyone who can read this assessment's answers, so can take part in its discussions: the
 * program's members and administrators always; its agency's CCOs and the council once submitted.
 */
function readersOf(assessment: AssessmentHeader): Promise<Recipient[]> {
  const submitted = assessment.status === "SUBMITTED" || assessment.status === "ACCEPTED";
  return db().user.findMany({
    where: {
      disabledAt: null,
      OR: [
        { role: "LEAD", memberships: { some: { programId: assessment.program.id } } },
        { role: "ADMIN" },
        ...(submitted ? [{ role: "CCO" as const, agencyId: assessment.program.agencyId }, { role: "COUNCIL" as const }] : []),
      ],
    },
    orderBy: { name: "asc" },
    select: { id: true, name: true, email: true },
  });
}

/** A practice's discussion, oldest first, with whether the actor may clear its flags and whom they may mention. */
export async function getDiscussion(actor: Actor, assessmentId: string, practiceId: string) {
  const { assessment, practice } = await practiceInView(actor, assessmentId, practiceId);
  const [comments, readers] = await Promise.all([
    db().comment.findMany({
      where: { assessmentId, practiceId },
      orderBy: { createdAt: "asc" },
      select: { id: true, body: true, needsLook: true, clearedAt: true, createdAt: true, author: { select: { name: true } }, clearedBy: { select: { name: true } } },
    }),
    readersOf(assessment),
  ]);
  return {
    assessment,
    practice,
    comments,
    openFlags: comments.filter((c) => c.needsLook && !c.clearedAt).length,
    canClearFlags: canAnswerFor(actor, assessment.program) && answersCanChange(assessment),
    mentionable: readers.filter((r) => r.id !== actor.userId).map((r) => ({ name: r.name, email: r.email })),
  };
}

/**
 * Adds a comment, audited. Each person it mentions must be able to read the assessment (a mention of
 * anyone else is refused and nothing is written); they are notified, the author is not.
 */
export async function addComment(actor: Actor, input: CommentInput): Promise<Result<{ id: string }>> {
  const { assessment, practice } = await practiceInView(actor, input.assessmentId, input.practiceId);
  const mentions = mentionsIn(input.body);
  const readers = mentions.length > 0 ? await readersOf(assessment) : [];
  const outsiders = mentions.filter((email) => !readers.some((r) => r.email === email));
  if (outsiders.length > 0) {
    const list = outsiders.map((e) => `@${e}`).join(", ");
    return fail(`${list} cannot see this assessment. Mention only people who can: the program's members${assessment.status === "SUBMITTED" || assessment.status === "ACCEPTED" ? ", its CCO and the council" : ""}.`, {
      body: [`Remove ${list}`],
    });
  }
  const told = readers.filter((r) => mentions.includes(r.email) && r.id !== actor.userId);
  return db().$transaction(async (tx) => {
    const comment = await tx.comment.create({
      data: { assessmentId: assessment.id, practiceId: practice.id, authorId: actor.userId, body: input.body, needsLook: input.needsLook },
      select: { id: true },
    });
    await recordAudit(tx, actor, {
      action: "comment.add",
      entityType: "Assessment",
      entityId: assessment.id,
      after: { commentId: comment.id, practiceId: practice.id, body: input.body, needsLook: input.needsLook, mentioned: mentions },
    });
    const where = { programName: assessment.program.name, cycleName: assessment.cycle.name, assessmentId: assessment.id };
    await notify(tx, told, mentioned({ ...where, author: actor.name, practiceTitle: practice.title, practiceId: practice.id, comment: input.body }), `mention:${comment.id}`);
    return ok({ id: comment.id });
  });
}

/** A program's lead clears the practice's open "needs another look" flags, audited. */
export async function clearNeedsLook(actor: Actor, input: ClearFlagsInput): Promise<Result<{ cleared: number }>> {
  const { assessment, practice } = await practiceInView(actor, input.assessmentId, input.practiceId);
  requireThat(canAnswerFor(actor, assessment.program));
  // A flag asks for the answer to change: it is cleared while the answers can.
  if (!answersCanChange(assessment)) return fail(lockedMessage(assessment));
  return db().$transaction(async (tx) => {
    const cleared = await tx.comment.updateManyAndReturn({
      where: { assessmentId: assessment.id, practiceId: practice.id, needsLook: true, clearedAt: null },
      data: { clearedAt: new Date(), clearedById: actor.userId },
      select: { id: true },
    });
    if (cleared.length > 0) {
      await recordAudit(tx, actor, { action: "comment.clear-flags", entityType: "Assessment", entityId: assessment.id, after: { practiceId: practice.id, commentIds: cleared.map((c) => c.id) } });
    }
    return ok({ cleared: cleared.length });
  });
}
