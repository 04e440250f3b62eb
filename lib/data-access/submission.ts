import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { canAnswerFor, canReadAnswers } from "@/lib/auth/policy";
import type { SubmitInput } from "@/lib/validation/answers";
import { fail, ok, type Result } from "@/lib/validation/result";
import { loadAssessment } from "./internal/assessment-access";
import { recordAudit } from "./internal/audit";
import { notify } from "./internal/notify";
import { councilMembers } from "./internal/recipients";
import { submitted } from "@/lib/notifications/messages";
import { requireThat } from "./internal/guards";
import { modelRule, takeScoreSnapshot } from "./internal/scores";
import { lacksReason, unexplainedMessage } from "@/lib/scoring/not-applicable";
import { EDITABLE_STATUSES, lockedMessage } from "@/lib/scoring/editable";
import { unconfirmedMessage } from "@/lib/scoring/carry-forward";

/**
 * "Check your answers": the practices still unanswered, and, where the model's rule asks for one,
 * those marked "not applicable" without a reason, by discipline.
 */
export async function getCheckAnswers(actor: Actor, assessmentId: string) {
  const { assessment, editable } = await loadAssessment(actor, assessmentId);
  requireThat(canReadAnswers(actor, assessment.program, assessment.status));
  const [disciplines, answers, rule] = await Promise.all([
    db().discipline.findMany({
      where: { modelId: assessment.modelId },
      orderBy: { position: "asc" },
      select: { key: true, name: true, practices: { orderBy: { position: "asc" }, select: { id: true, title: true } } },
    }),
    db().answer.findMany({ where: { assessmentId }, select: { practiceId: true, level: true, notApplicable: true, evidenceNote: true, carriedOver: true } }),
    modelRule(assessment.modelId),
  ]);
  const byPractice = new Map(answers.map((a) => [a.practiceId, a]));
  const rows = disciplines.map((d) => ({
    key: d.key,
    name: d.name,
    practices: d.practices.map((p) => {
      const a = byPractice.get(p.id);
      return {
        id: p.id,
        title: p.title,
        answer: a ? (a.notApplicable ? ("NA" as const) : (a.level ?? null)) : null,
        reasonMissing: rule.notApplicableNeedsReason && a !== undefined && lacksReason(a),
        carriedOver: a?.carriedOver ?? false,
      };
    }),
  }));
  const unanswered = rows.reduce((n, d) => n + d.practices.filter((p) => p.answer === null).length, 0);
  const unexplained = rows.flatMap((d) => d.practices.filter((p) => p.reasonMissing).map((p) => p.title));
  const unconfirmed = rows.flatMap((d) => d.practices.filter((p) => p.carriedOver).map((p) => p.title));
  return { assessment, editable, disciplines: rows, unanswered, unexplained, unconfirmed };
}

/**
 * Submits for council review. The client's submit key makes retries (a double click, a resend after
 * a network error) land on the one submission instead of failing or submitting twice.
 */
export async function submitAssessment(actor: Actor, input: SubmitInput): Promise<Result<{ alreadySubmitted: boolean }>> {
  const { assessment, editable } = await loadAssessment(actor, input.assessmentId);
  requireThat(canAnswerFor(actor, assessment.program));
  if (assessment.submitKey === input.submitKey) return ok({ alreadySubmitted: true });
  if (!editable) return fail(lockedMessage(assessment));

  const [practices, answers] = await Promise.all([
    db().practice.count({ where: { discipline: { modelId: assessment.modelId } } }),
    db().answer.count({ where: { assessmentId: assessment.id } }),
  ]);
  if (answers < practices) {
    const missing = practices - answers;
    return fail(`${missing} practice${missing === 1 ? " is" : "s are"} not answered yet. Answer each one or mark it “not applicable”, then submit.`);
  }
  const carried = await db().answer.findMany({
    where: { assessmentId: assessment.id, carriedOver: true },
    orderBy: [{ practice: { discipline: { position: "asc" } } }, { practice: { position: "asc" } }],
    select: { practice: { select: { title: true } } },
  });
  const unconfirmed = unconfirmedMessage(carried.map((a) => a.practice.title));
  if (unconfirmed) return fail(unconfirmed);
  if ((await modelRule(assessment.modelId)).notApplicableNeedsReason) {
    const notApplicable = await db().answer.findMany({
      where: { assessmentId: assessment.id, notApplicable: true },
      orderBy: [{ practice: { discipline: { position: "asc" } } }, { practice: { position: "asc" } }],
      select: { notApplicable: true, evidenceNote: true, practice: { select: { title: true } } },
    });
    const unexplained = notApplicable.filter(lacksReason).map((a) => a.practice.title);
    if (unexplained.length > 0) return fail(unexplainedMessage(unexplained));
  }
  const outcome = await db().$transaction(async (tx) => {
    const updated = await tx.assessment.updateMany({
      where: { id: assessment.id, version: assessment.version, status: { in: [...EDITABLE_STATUSES] } },
      data: { status: "SUBMITTED", submittedAt: new Date(), submittedById: actor.userId, submitKey: input.submitKey, version: { increment: 1 } },
    });
    if (updated.count === 0) return "raced" as const;
    await takeScoreSnapshot(tx, assessment);
    await recordAudit(tx, actor, {
      action: "assessment.submit",
      entityType: "Assessment",
      entityId: assessment.id,
      before: { status: assessment.status, version: assessment.version },
      after: { status: "SUBMITTED", version: assessment.version + 1, submitKey: input.submitKey },
    });
    const where = { programName: assessment.program.name, cycleName: assessment.cycle.name, assessmentId: assessment.id };
    await notify(tx, await councilMembers(tx), submitted({ ...where, submittedBy: actor.name }), `submitted:${assessment.id}:${assessment.version + 1}`);
    return "submitted" as const;
  });
  if (outcome === "submitted") return ok({ alreadySubmitted: false });
  // Lost a race: to our own retry (same key) is success; to anything else, the user must look again.
  const now = await db().assessment.findUniqueOrThrow({ where: { id: assessment.id }, select: { submitKey: true } });
  if (now.submitKey === input.submitKey) return ok({ alreadySubmitted: true });
  return fail("This assessment changed while you were submitting it. Check your answers and submit again.");
}
