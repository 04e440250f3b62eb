import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { canReview } from "@/lib/auth/policy";
import type { ReviewInput } from "@/lib/validation/reviews";
import { fail, ok, type Result } from "@/lib/validation/result";
import { loadAssessment } from "./internal/assessment-access";
import { recordAudit } from "./internal/audit";
import { notify } from "./internal/notify";
import { programMembers } from "./internal/recipients";
import { reviewed } from "@/lib/notifications/messages";
import { requireThat } from "./internal/guards";
import { takeScoreSnapshot, loadModelLevels } from "./internal/scores";
import type { Prisma } from "@/lib/db/generated/client";
import { adjustmentsOf, choiceOfAnswer, type Adjustment } from "@/lib/scoring/validation";

/** Every decision on an assessment, oldest first. Readable by whoever may read the assessment. */
async function reviewHistory(assessmentId: string) {
  return db().review.findMany({
    where: { assessmentId },
    orderBy: { createdAt: "asc" },
    select: { id: true, decision: true, comment: true, createdAt: true, reviewer: { select: { name: true } } },
  });
}

/** A submission as the council reviews it: every answer with its descriptor, evidence and author. */
export async function getSubmissionForReview(actor: Actor, assessmentId: string) {
  requireThat(canReview(actor));
  const { assessment } = await loadAssessment(actor, assessmentId);
  const [disciplines, answers, history, submittedBy, levels] = await Promise.all([
    db().discipline.findMany({
      where: { modelId: assessment.modelId },
      orderBy: { position: "asc" },
      select: {
        key: true,
        name: true,
        practices: {
          orderBy: { position: "asc" },
          select: { id: true, title: true, descriptors: { orderBy: { levelRank: "asc" }, select: { levelRank: true, text: true } } },
        },
      },
    }),
    db().answer.findMany({
      where: { assessmentId },
      select: {
        practiceId: true,
        level: true,
        notApplicable: true,
        evidenceNote: true,
        evidenceLinks: true,
        rationale: true,
        selfReportedLevel: true,
        selfReportedNotApplicable: true,
        validationReason: true,
        updatedAt: true,
        answeredBy: { select: { name: true } },
      },
    }),
    reviewHistory(assessmentId),
    db().assessment.findUniqueOrThrow({ where: { id: assessmentId }, select: { submittedAt: true, submittedBy: { select: { name: true } } } }),
    loadModelLevels(assessment.modelId),
  ]);
  const byPractice = new Map(answers.map((a) => [a.practiceId, a]));
  return {
    assessment,
    submittedAt: submittedBy.submittedAt,
    submittedBy: submittedBy.submittedBy?.name ?? null,
    canDecide: assessment.status === "SUBMITTED",
    history,
    levels: levels.map((l) => l.name),
    disciplines: disciplines.map((d) => ({
      key: d.key,
      name: d.name,
      practices: d.practices.map((p) => {
        const a = byPractice.get(p.id);
        return {
          id: p.id,
          title: p.title,
          answer: a
            ? {
                level: a.level,
                notApplicable: a.notApplicable,
                descriptor: a.level ? (p.descriptors.find((x) => x.levelRank === a.level)?.text ?? "") : "",
                evidenceNote: a.evidenceNote,
                evidenceLinks: a.evidenceLinks,
                rationale: a.rationale,
                /** Where the council validated another answer: the program's own, and why. */
                selfReported: a.selfReportedNotApplicable === null ? null : a.selfReportedNotApplicable ? ("NA" as const) : a.selfReportedLevel,
                validationReason: a.validationReason,
                answeredBy: a.answeredBy.name,
                updatedAt: a.updatedAt,
              }
            : null,
        };
      }),
    })),
  };
}

/**
 * Accepting keeps both answers where the council validated another one: the validated answer takes
 * the answer's place (so every score, baseline and view reads it), the program's own moves beside it,
 * and the snapshot is taken again, the submitted scores kept as the self-reported ones.
 */
async function applyValidation(tx: Prisma.TransactionClient, assessment: { id: string; modelId: string }, adjustments: Adjustment[]) {
  const submitted = await tx.scoreSnapshot.findUnique({ where: { assessmentId: assessment.id }, select: { overallScore: true, overallLevel: true, disciplines: true } });
  if (!submitted) await takeScoreSnapshot(tx, assessment);
  const selfReported = submitted ?? (await tx.scoreSnapshot.findUniqueOrThrow({ where: { assessmentId: assessment.id }, select: { overallScore: true, overallLevel: true, disciplines: true } }));
  for (const a of adjustments) {
    await tx.answer.update({
      where: { assessmentId_practiceId: { assessmentId: assessment.id, practiceId: a.practiceId } },
      data: {
        selfReportedLevel: a.selfReported === "NA" ? null : a.selfReported,
        selfReportedNotApplicable: a.selfReported === "NA",
        level: a.validated === "NA" ? null : a.validated,
        notApplicable: a.validated === "NA",
        validationReason: a.reason,
        version: { increment: 1 },
      },
    });
  }
  await takeScoreSnapshot(tx, assessment);
  await tx.scoreSnapshot.update({
    where: { assessmentId: assessment.id },
    data: { selfReportedOverallScore: selfReported.overallScore, selfReportedOverallLevel: selfReported.overallLevel, selfReportedDisciplines: selfReported.disciplines ?? [] },
  });
}

/** The council accepts a submission or returns it to the program with a comment. */
export async function reviewAssessment(actor: Actor, input: ReviewInput): Promise<Result<{ status: "ACCEPTED" | "RETURNED" }>> {
  requireThat(canReview(actor));
  const { assessment } = await loadAssessment(actor, input.assessmentId);
  if (assessment.status !== "SUBMITTED") return fail("This assessment is not waiting for review: someone may have decided on it already. Reload the page.");
  const practiceComments = input.practiceComments ?? [];
  const practices = await db().practice.findMany({
    where: { id: { in: practiceComments.map((p) => p.practiceId) }, discipline: { modelId: assessment.modelId } },
    orderBy: [{ discipline: { position: "asc" } }, { position: "asc" }],
    select: { id: true, title: true },
  });
  if (practices.length !== new Set(practiceComments.map((p) => p.practiceId)).size) return fail("A practice you commented on is not part of this assessment. Reload the page and try again.");
  const named = practices.map((p) => ({ practiceId: p.id, title: p.title, comment: practiceComments.find((c) => c.practiceId === p.id)!.comment }));
  // Validations count on acceptance only: a return sends the answers back to the program as they are.
  const answers = await db().answer.findMany({
    where: { assessmentId: assessment.id },
    orderBy: [{ practice: { discipline: { position: "asc" } } }, { practice: { position: "asc" } }],
    select: { practiceId: true, level: true, notApplicable: true, practice: { select: { title: true } } },
  });
  const adjustments = input.decision === "ACCEPTED" ? adjustmentsOf(new Map(answers.map((a) => [a.practiceId, choiceOfAnswer(a)])), input.validations ?? []) : [];
  const unexplained = adjustments.filter((a) => a.reason === "");
  if (unexplained.length > 0) {
    const titles = unexplained.map((a) => `“${answers.find((x) => x.practiceId === a.practiceId)!.practice.title}”`).join(", ");
    return fail(`Say why the council validates another answer for ${titles}.`, Object.fromEntries(unexplained.map((a) => [`reason-${a.practiceId}`, ["Say why the council validates another answer"]])));
  }
  return db().$transaction(async (tx) => {
    const updated = await tx.assessment.updateMany({
      where: { id: assessment.id, version: input.expectedVersion, status: "SUBMITTED" },
      data: { status: input.decision, version: { increment: 1 }, submitKey: null },
    });
    if (updated.count === 0) return fail("Someone else changed this assessment while you were reviewing it. Reload the page to see its current state.");
    // A returned assessment is edited again; its next submission takes a new snapshot.
    if (input.decision === "RETURNED") await tx.scoreSnapshot.deleteMany({ where: { assessmentId: assessment.id } });
    if (adjustments.length > 0) await applyValidation(tx, assessment, adjustments);
    const review = await tx.review.create({
      data: { assessmentId: assessment.id, decision: input.decision, comment: input.comment, reviewerId: actor.userId },
      select: { id: true },
    });
    // A return names the practices it is about: each comment opens that practice's discussion, asking for another look.
    await tx.comment.createMany({
      data: named.map((p) => ({ assessmentId: assessment.id, practiceId: p.practiceId, authorId: actor.userId, body: p.comment, needsLook: input.decision === "RETURNED" })),
    });
    await recordAudit(tx, actor, {
      action: input.decision === "ACCEPTED" ? "assessment.accept" : "assessment.return",
      entityType: "Assessment",
      entityId: assessment.id,
      before: { status: "SUBMITTED", version: input.expectedVersion },
      after: {
        status: input.decision,
        version: input.expectedVersion + 1,
        reviewId: review.id,
        comment: input.comment,
        practiceComments: named.map((p) => ({ practiceId: p.practiceId, comment: p.comment })),
        validations: adjustments.map((a) => ({ practiceId: a.practiceId, selfReported: a.selfReported, validated: a.validated, reason: a.reason })),
      },
    });
    const where = { programName: assessment.program.name, cycleName: assessment.cycle.name, assessmentId: assessment.id };
    const message = reviewed({ ...where, decision: input.decision, comment: input.comment, practices: named.map((p) => p.title) });
    await notify(tx, await programMembers(tx, assessment.program.id), message, `reviewed:${review.id}`);
    return ok({ status: input.decision });
  });
}
