import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { canAnswerFor } from "@/lib/auth/policy";
import { coveredPractices, workName } from "@/lib/scoring/assigned-work";
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

const practiceRefs = { orderBy: { position: "asc" }, select: { id: true, key: true, title: true } } as const;

/**
 * An assessment's disciplines and their practices with who answers each and by when, and its
 * program's members to choose from: for the program's leads, while the assessment can change.
 */
export async function getAssignments(actor: Actor, assessmentId: string) {
  const { assessment, editable } = await loadAssessment(actor, assessmentId);
  requireThat(canAnswerFor(actor, assessment.program));
  const [disciplines, assignments, members] = await Promise.all([
    db().discipline.findMany({ where: { modelId: assessment.modelId }, orderBy: { position: "asc" }, select: { key: true, name: true, practices: practiceRefs } }),
    db().assignment.findMany({ where: { assessmentId }, select: { disciplineKey: true, practiceKey: true, userId: true, dueOn: true } }),
    db().user.findMany({
      where: { disabledAt: null, role: "LEAD", memberships: { some: { programId: assessment.program.id } } },
      orderBy: { name: "asc" },
      select: { id: true, name: true, email: true },
    }),
  ]);
  const assigned = (disciplineKey: string, practiceKey: string) => {
    const a = assignments.find((x) => x.disciplineKey === disciplineKey && x.practiceKey === practiceKey);
    return { userId: a?.userId ?? "", dueOn: dayOf(a?.dueOn ?? null) ?? "" };
  };
  return {
    assessment,
    editable,
    members,
    disciplines: disciplines.map((d) => ({
      key: d.key,
      name: d.name,
      ...assigned(d.key, ""),
      practices: d.practices.map((p) => ({ key: p.key, title: p.title, ...assigned(d.key, p.key) })),
    })),
  };
}

/**
 * Assigns a discipline, or one practice of it, to one of the program's members with an optional due
 * date, or to no one. The new assignee is told once. Audited.
 */
export async function assignWork(actor: Actor, input: AssignInput): Promise<Result<{ assigned: string | null }>> {
  const { assessment, editable } = await loadAssessment(actor, input.assessmentId);
  requireThat(canAnswerFor(actor, assessment.program));
  if (!editable) return fail(lockedMessage(assessment));
  const practiceKey = input.practiceKey ?? "";
  const discipline = await db().discipline.findUnique({
    where: { modelId_key: { modelId: assessment.modelId, key: input.disciplineKey } },
    select: { name: true, practices: { where: { key: practiceKey }, select: { title: true } } },
  });
  if (!discipline) return fail("This discipline is not part of this assessment.", { disciplineKey: ["Reload the page and try again"] });
  const practice = discipline.practices[0];
  if (practiceKey && !practice) return fail("This practice is not part of this discipline.", { practiceKey: ["Reload the page and try again"] });
  const member = input.userId
    ? await db().user.findFirst({ where: { id: input.userId, disabledAt: null, role: "LEAD", memberships: { some: { programId: assessment.program.id } } }, select: { id: true, name: true, email: true } })
    : null;
  if (input.userId && !member) return fail("Choose one of the program's members.", { userId: ["Choose one of the program's members"] });
  // Work may be due earlier than the cycle's submissions, not later.
  const { submissionDueOn } = await db().cycle.findUniqueOrThrow({ where: { id: assessment.cycle.id }, select: { submissionDueOn: true } });
  const cycleDue = dayOf(submissionDueOn);
  if (input.dueOn && cycleDue && input.dueOn > cycleDue) {
    return fail(`Choose a date on or before ${cycleDue}, when the cycle's submissions are due.`, { dueOn: [`Choose a date on or before ${cycleDue}`] });
  }
  const work = { assessmentId: input.assessmentId, disciplineKey: input.disciplineKey, practiceKey };
  const key = { assessmentId_disciplineKey_practiceKey: work };
  const audited = { disciplineKey: input.disciplineKey, ...(practiceKey ? { practiceKey } : {}) };
  return db().$transaction(async (tx) => {
    const locked = await lockEditable(tx, assessment);
    if (locked) return fail(locked);
    const before = await tx.assignment.findUnique({ where: key, select: { userId: true, dueOn: true } });
    if (member) {
      const data = { userId: member.id, dueOn: input.dueOn ? new Date(`${input.dueOn}T00:00:00Z`) : null };
      const assignment = await tx.assignment.upsert({ where: key, create: { ...work, ...data }, update: data, select: { updatedAt: true } });
      if (before?.userId !== member.id) {
        const where = { programName: assessment.program.name, cycleName: assessment.cycle.name, assessmentId: assessment.id };
        const message = workAssigned({ ...where, work: workName(discipline.name, practice?.title ?? null), dueOn: input.dueOn || null, assignedBy: actor.name });
        const event = ["assigned", assessment.id, input.disciplineKey, ...(practiceKey ? [practiceKey] : []), assignment.updatedAt.toISOString()].join(":");
        await notify(tx, [member], message, event);
      }
    } else if (before) {
      await tx.assignment.delete({ where: key });
    }
    await recordAudit(tx, actor, {
      action: "assignment.set",
      entityType: "Assessment",
      entityId: input.assessmentId,
      before: before ? { ...audited, userId: before.userId, dueOn: dayOf(before.dueOn) } : undefined,
      after: member ? { ...audited, userId: member.id, dueOn: input.dueOn || null } : { ...audited, userId: null },
    });
    return ok({ assigned: member?.name ?? null });
  });
}

/**
 * Everything assigned to the actor in assessments that can still change: where, what, by when, how
 * far along. A practice assigned to someone else on its own is not counted in the actor's discipline.
 */
export async function listMyWork(actor: Actor) {
  const open = { status: { in: [...EDITABLE_STATUSES] }, program: { archivedAt: null } };
  const assignments = await db().assignment.findMany({
    where: { userId: actor.userId, assessment: open },
    orderBy: [{ dueOn: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
    select: {
      disciplineKey: true,
      practiceKey: true,
      dueOn: true,
      assessment: { select: { id: true, modelId: true, program: { select: { id: true, name: true, agencyId: true } }, cycle: { select: { name: true } } } },
    },
  });
  // Only work in programs the actor still belongs to: a lead moved off a program no longer sees it.
  const mine = assignments.filter((a) => canAnswerFor(actor, a.assessment.program));
  const assessmentIds = [...new Set(mine.map((a) => a.assessment.id))];
  const [disciplines, answered, everyones] = await Promise.all([
    db().discipline.findMany({
      where: { OR: mine.map((a) => ({ modelId: a.assessment.modelId, key: a.disciplineKey })) },
      select: { modelId: true, key: true, name: true, practices: practiceRefs },
    }),
    db().answer.findMany({ where: { assessmentId: { in: assessmentIds } }, select: { assessmentId: true, practiceId: true } }),
    db().assignment.findMany({ where: { assessmentId: { in: assessmentIds } }, select: { assessmentId: true, disciplineKey: true, practiceKey: true } }),
  ]);
  const now = todayIso();
  return mine.map((a) => {
    const d = disciplines.find((x) => x.modelId === a.assessment.modelId && x.key === a.disciplineKey);
    const covered = coveredPractices(a, everyones.filter((x) => x.assessmentId === a.assessment.id), d?.practices ?? []);
    const ids = new Set(covered.map((p) => p.id));
    const done = answered.filter((x) => x.assessmentId === a.assessment.id && ids.has(x.practiceId)).length;
    const dueOn = dayOf(a.dueOn);
    const practice = a.practiceKey ? (covered[0] ?? null) : null;
    return {
      assessmentId: a.assessment.id,
      programName: a.assessment.program.name,
      cycleName: a.assessment.cycle.name,
      disciplineKey: a.disciplineKey,
      /** The practice assigned on its own, if that is the work. */
      practiceId: practice?.id ?? null,
      name: workName(d?.name ?? a.disciplineKey, practice ? practice.title : a.practiceKey || null).short,
      dueOn,
      answered: done,
      total: ids.size,
      ...workState({ answered: done, total: ids.size, dueOn }, now),
    };
  });
}
