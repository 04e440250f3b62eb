import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/db/generated/client";
import type { AssessmentHeader } from "./types";
import { canAnswerFor } from "@/lib/auth/policy";
import { lockedMessage } from "@/lib/scoring/editable";
import { ratingRequested } from "@/lib/notifications/messages";
import type { AssessmentStepInput, InviteRespondentInput, RemoveRespondentInput } from "@/lib/validation/ratings";
import { fail, ok, type Result } from "@/lib/validation/result";
import { loadAssessment, lockEditable } from "./internal/assessment-access";
import { recordAudit } from "./internal/audit";
import { notify } from "./internal/notify";
import { requireThat } from "./internal/guards";
import { consensusStarted } from "./internal/respondent-access";

const STARTED = "The consensus has started: the team can no longer change.";

/**
 * A change to the team, by one of the program's leads: while the assessment can change and the
 * consensus has not started, inside a transaction holding the assessment's shared lock.
 */
async function changeTeam<T>(actor: Actor, assessmentId: string, write: (tx: Prisma.TransactionClient, assessment: AssessmentHeader) => Promise<Result<T>>): Promise<Result<T>> {
  const { assessment, editable } = await loadAssessment(actor, assessmentId);
  requireThat(canAnswerFor(actor, assessment.program));
  if (!editable) return fail(lockedMessage(assessment));
  return db().$transaction(async (tx) => {
    const locked = await lockEditable(tx, assessment);
    if (locked) return fail(locked);
    if (await consensusStarted(tx, assessment.id)) return fail(STARTED);
    return write(tx, assessment);
  });
}

/** Who can be asked to rate: the program's leads and respondents, not disabled. */
const raters = (programId: string) => ({ disabledAt: null, role: { in: ["LEAD" as const, "RESPONDENT" as const] }, memberships: { some: { programId } } });

/**
 * The team of a program's assessment, for its leads: who rates, how far each has got and whether they
 * have finished (never what they chose: that waits for the consensus), and who else could be asked.
 */
export async function getTeam(actor: Actor, assessmentId: string) {
  const { assessment, editable } = await loadAssessment(actor, assessmentId);
  requireThat(canAnswerFor(actor, assessment.program));
  const [respondents, members, practices, { consensusStartedAt }] = await Promise.all([
    db().respondent.findMany({
      where: { assessmentId },
      orderBy: { createdAt: "asc" },
      select: { id: true, finishedAt: true, user: { select: { id: true, name: true, email: true, role: true } }, _count: { select: { ratings: true } } },
    }),
    db().user.findMany({ where: raters(assessment.program.id), orderBy: { name: "asc" }, select: { id: true, name: true, email: true } }),
    db().practice.count({ where: { discipline: { modelId: assessment.modelId } } }),
    db().assessment.findUniqueOrThrow({ where: { id: assessmentId }, select: { consensusStartedAt: true } }),
  ]);
  const invited = new Set(respondents.map((r) => r.user.id));
  return {
    assessment,
    editable,
    consensusStartedAt,
    /** Whether the lead may still invite, remove and start the consensus. */
    canChange: editable && consensusStartedAt === null,
    practices,
    respondents: respondents.map((r) => ({ id: r.id, name: r.user.name, email: r.user.email, role: r.user.role, rated: r._count.ratings, finished: r.finishedAt !== null })),
    candidates: members.filter((m) => !invited.has(m.id)),
  };
}

/** Asks a program member to rate; they are told once. Asking again changes nothing. Audited. */
export async function inviteRespondent(actor: Actor, input: InviteRespondentInput): Promise<Result<{ name: string }>> {
  return changeTeam(actor, input.assessmentId, async (tx, assessment) => {
    const person = await tx.user.findFirst({ where: { id: input.userId, ...raters(assessment.program.id) }, select: { id: true, name: true, email: true } });
    if (!person) return fail("Choose one of the program's members.", { userId: ["Choose one of the program's members"] });
    const created = await tx.respondent.createManyAndReturn({
      data: [{ assessmentId: assessment.id, userId: person.id, invitedById: actor.userId }],
      skipDuplicates: true,
      select: { id: true },
    });
    const respondent = created[0];
    if (!respondent) return ok({ name: person.name });
    const where = { programName: assessment.program.name, cycleName: assessment.cycle.name, assessmentId: assessment.id };
    await notify(tx, [person], ratingRequested({ ...where, invitedBy: actor.name }), `rating-requested:${respondent.id}`);
    await recordAudit(tx, actor, { action: "respondent.invite", entityType: "Assessment", entityId: assessment.id, after: { respondentId: respondent.id, userId: person.id } });
    return ok({ name: person.name });
  });
}

/** Takes back an invitation, only while the person has not rated anything. Audited. */
export async function removeRespondent(actor: Actor, input: RemoveRespondentInput): Promise<Result<{ name: string }>> {
  return changeTeam(actor, input.assessmentId, async (tx, assessment) => {
    // Locked so that a first rating cannot land between the check and the removal.
    const [row] = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Respondent" WHERE "id" = ${input.respondentId}::uuid AND "assessmentId" = ${assessment.id}::uuid FOR UPDATE`;
    if (!row) return fail("This person is not rating this assessment.", { respondentId: ["Reload the page and try again"] });
    const respondent = await tx.respondent.findUniqueOrThrow({ where: { id: row.id }, select: { userId: true, user: { select: { name: true } }, _count: { select: { ratings: true } } } });
    if (respondent._count.ratings > 0) return fail(`${respondent.user.name} has started rating and stays on the team: their ratings count once they finish.`);
    await tx.respondent.delete({ where: { id: row.id } });
    await recordAudit(tx, actor, { action: "respondent.remove", entityType: "Assessment", entityId: assessment.id, before: { respondentId: row.id, userId: respondent.userId } });
    return ok({ name: respondent.user.name });
  });
}

/**
 * Closes the team's rating and opens the consensus: the ratings of those who finished are counted
 * and shown to the lead; nobody rates any more. Needs one finished respondent. Idempotent.
 */
export async function startConsensus(actor: Actor, input: AssessmentStepInput): Promise<Result<{ counted: number }>> {
  const { assessment, editable } = await loadAssessment(actor, input.assessmentId);
  requireThat(canAnswerFor(actor, assessment.program));
  if (!editable) return fail(lockedMessage(assessment));
  return db().$transaction(async (tx) => {
    // The row lock, exclusive: rating saves and finishes (which share it) wait, then see the consensus.
    await tx.$queryRaw`SELECT 1 FROM "Assessment" WHERE "id" = ${assessment.id}::uuid FOR UPDATE`;
    const locked = await lockEditable(tx, assessment);
    if (locked) return fail(locked);
    const finished = await tx.respondent.count({ where: { assessmentId: assessment.id, finishedAt: { not: null } } });
    if (await consensusStarted(tx, assessment.id)) return ok({ counted: finished });
    if (finished === 0) return fail("No one has finished rating yet: the consensus needs at least one respondent's finished ratings.");
    await tx.assessment.update({ where: { id: assessment.id }, data: { consensusStartedAt: new Date(), version: { increment: 1 } } });
    await recordAudit(tx, actor, { action: "assessment.start-consensus", entityType: "Assessment", entityId: assessment.id, after: { counted: finished } });
    return ok({ counted: finished });
  });
}
