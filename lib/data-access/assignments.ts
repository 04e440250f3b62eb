import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { canAnswerFor } from "@/lib/auth/policy";
import { dayOf, todayIso } from "@/lib/scoring/due-dates";
import { EDITABLE_STATUSES, lockedMessage } from "@/lib/scoring/editable";
import { workState } from "@/lib/scoring/work-state";
import { workAssigned } from "@/lib/notifications/messages";
import type { AssignInput } from "@/lib/validation/assignments";
import { fail, ok, type Result } from "@/lib/validation/result";
import { loadAssessment, lockEditable } from "./internal/assessment-access";
import { recordAudit } from "./internal/audit";
import { notify } from "./internal/notify";
import { requireThat } from "./internal/guards";


/**
 * An assessment's disciplines with who answers each and by when, and its program's members to
 * choose from: for the program's leads, while the assessment can change.
 */
export async function getAssignments(actor: Actor, assessmentId: string) {
  const { assessment, editable } = await loadAssessment(actor, assessmentId);
  requireThat(canAnswerFor(actor, assessment.program));
  const [disciplines, assignments, members] = await Promise.all([
    db().discipline.findMany({ where: { modelId: assessment.modelId }, orderBy: { position: "asc" }, select: { key: true, name: true } }),
    db().assignment.findMany({ where: { assessmentId }, select: { disciplineKey: true, userId: true, dueOn: true } }),
    db().user.findMany({
      where: { disabledAt: null, memberships: { some: { programId: assessment.program.id } } },
      orderBy: { name: "asc" },
      select: { id: true, name: true, email: true },
    }),
  ]);
  const byDiscipline = new Map(assignments.map((a) => [a.disciplineKey, a]));
  return {
    assessment,
    editable,
    members,
    disciplines: disciplines.map((d) => ({ ...d, userId: byDiscipline.get(d.key)?.userId ?? "", dueOn: dayOf(byDiscipline.get(d.key)?.dueOn ?? null) ?? "" })),
  };
}

/** Assigns a discipline to one of the program's members with an optional due date; no one clears it. Audited. */
export async function assignDiscipline(actor: Actor, input: AssignInput): Promise<Result<{ assigned: string | null }>> {
  const { assessment, editable } = await loadAssessment(actor, input.assessmentId);
  requireThat(canAnswerFor(actor, assessment.program));
  if (!editable) return fail(lockedMessage(assessment));
  const discipline = await db().discipline.findUnique({ where: { modelId_key: { modelId: assessment.modelId, key: input.disciplineKey } }, select: { name: true } });
  if (!discipline) return fail("This discipline is not part of this assessment.", { disciplineKey: ["Reload the page and try again"] });
  const member = input.userId
    ? await db().user.findFirst({ where: { id: input.userId, disabledAt: null, memberships: { some: { programId: assessment.program.id } } }, select: { id: true, name: true, email: true } })
    : null;
  if (input.userId && !member) return fail("Choose one of the program's members.", { userId: ["Choose one of the program's members"] });
  // A discipline may be due earlier than the cycle's submissions, not later.
  const { submissionDueOn } = await db().cycle.findUniqueOrThrow({ where: { id: assessment.cycle.id }, select: { submissionDueOn: true } });
  const cycleDue = dayOf(submissionDueOn);
  if (input.dueOn && cycleDue && input.dueOn > cycleDue) {
    return fail(`Choose a date on or before ${cycleDue}, when the cycle's submissions are due.`, { dueOn: [`Choose a date on or before ${cycleDue}`] });
  }
  const key = { assessmentId_disciplineKey: { assessmentId: input.assessmentId, disciplineKey: input.disciplineKey } };
  return db().$transaction(async (tx) => {
    const locked = await lockEditable(tx, assessment);
    if (locked) return fail(locked);
    const before = await tx.assignment.findUnique({ where: key, select: { userId: true, dueOn: true } });
    if (member) {
      const data = { userId: member.id, dueOn: input.dueOn ? new Date(`${input.dueOn}T00:00:00Z`) : null };
      const assignment = await tx.assignment.upsert({ where: key, create: { ...key.assessmentId_disciplineKey, ...data }, update: data, select: { updatedAt: true } });
      if (before?.userId !== member.id) {
        const where = { programName: assessment.program.name, cycleName: assessment.cycle.name, assessmentId: assessment.id };
        const message = workAssigned({ ...where, disciplineName: discipline.name, dueOn: input.dueOn || null, assignedBy: actor.name });
        await notify(tx, [member], message, `assigned:${assessment.id}:${input.disciplineKey}:${assignment.updatedAt.toISOString()}`);
      }
    } else if (before) {
      await tx.assignment.delete({ where: key });
    }
    await recordAudit(tx, actor, {
      action: "assignment.set",
      entityType: "Assessment",
      entityId: input.assessmentId,
      before: before ? { disciplineKey: input.disciplineKey, userId: before.userId, dueOn: dayOf(before.dueOn) } : undefined,
      after: member ? { disciplineKey: input.disciplineKey, userId: member.id, dueOn: input.dueOn || null } : { disciplineKey: input.disciplineKey, userId: null },
    });
    return ok({ assigned: member?.name ?? null });
  });
}

/** Everything assigned to the actor in assessments that can still change: where, what, by when, how far along. */
export async function listMyWork(actor: Actor) {
  const assignments = await db().assignment.findMany({
    where: { userId: actor.userId, assessment: { status: { in: [...EDITABLE_STATUSES] }, program: { archivedAt: null } } },
    orderBy: [{ dueOn: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
    select: {
      disciplineKey: true,
      dueOn: true,
      assessment: { select: { id: true, modelId: true, program: { select: { id: true, name: true, agencyId: true } }, cycle: { select: { name: true } } } },
    },
  });
  // Only work in programs the actor still belongs to: a lead moved off a program no longer sees it.
  const mine = assignments.filter((a) => canAnswerFor(actor, a.assessment.program));
  const disciplines = await db().discipline.findMany({
    where: { OR: mine.map((a) => ({ modelId: a.assessment.modelId, key: a.disciplineKey })) },
    select: { modelId: true, key: true, name: true, practices: { select: { id: true } } },
  });
  const answered = await db().answer.findMany({
    where: { assessmentId: { in: mine.map((a) => a.assessment.id) } },
    select: { assessmentId: true, practiceId: true },
  });
  const now = todayIso();
  return mine.map((a) => {
    const d = disciplines.find((x) => x.modelId === a.assessment.modelId && x.key === a.disciplineKey);
    const ids = new Set(d?.practices.map((p) => p.id));
    const done = answered.filter((x) => x.assessmentId === a.assessment.id && ids.has(x.practiceId)).length;
    const dueOn = dayOf(a.dueOn);
    return {
      assessmentId: a.assessment.id,
      programName: a.assessment.program.name,
      cycleName: a.assessment.cycle.name,
      disciplineKey: a.disciplineKey,
      disciplineName: d?.name ?? a.disciplineKey,
      dueOn,
      answered: done,
      total: ids.size,
      ...workState({ answered: done, total: ids.size, dueOn }, now),
    };
  });
}
