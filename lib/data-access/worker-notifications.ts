import "server-only";
import { db } from "@/lib/db/client";
import { cycleOpened, dueReminder, planReminder } from "@/lib/notifications/messages";
import { reminderStage } from "@/lib/notifications/reminders";
import { dayOf, todayIso } from "@/lib/scoring/due-dates";
import { EDITABLE_STATUSES } from "@/lib/scoring/editable";
import { workName } from "@/lib/scoring/assigned-work";
import { canReadProgram } from "@/lib/auth/policy";
import { notify } from "./internal/notify";
import type { Recipient } from "./internal/outbox";

// Notifications the job worker makes on its own schedule or on a queued event; no one is signed in.

const person = { id: true, name: true, email: true } as const;
const activeMembers = { where: { user: { disabledAt: null } }, select: { user: { select: person } } } as const;

/** Tells the members of every active program that the cycle opened, once per program and person. */
export async function notifyCycleOpened(cycleId: string): Promise<number> {
  const cycle = await db().cycle.findUnique({ where: { id: cycleId }, select: { name: true, status: true, submissionDueOn: true } });
  if (!cycle || cycle.status !== "OPEN") return 0;
  const programs = await db().program.findMany({ where: { archivedAt: null }, select: { id: true, name: true, memberships: activeMembers } });
  for (const program of programs) {
    const members: Recipient[] = program.memberships.map((m) => m.user);
    if (members.length === 0) continue;
    const message = cycleOpened({ programName: program.name, cycleName: cycle.name, programId: program.id, submissionDueOn: dayOf(cycle.submissionDueOn) });
    await db().$transaction((tx) => notify(tx, members, message, `cycle-opened:${cycleId}:${program.id}`));
  }
  return programs.length;
}

/**
 * The day's reminders (lib/notifications/reminders.ts): each discipline or practice assigned with a due date, to
 * its assignee; each self-assessment not yet submitted in a cycle with a submission due date, to the
 * program's members. An event key per stage and date: each reminder once, again if the date moves.
 */
export async function sendReminders(today = todayIso()): Promise<number> {
  let sent = 0;
  const remind = async (recipients: Recipient[], dueOn: string, what: string, where: { programName: string; cycleName: string; assessmentId: string }, key: string) => {
    const reminder = reminderStage(dueOn, today);
    if (!reminder || recipients.length === 0) return;
    await db().$transaction((tx) => notify(tx, recipients, dueReminder({ ...where, what, dueOn, daysLeft: reminder.daysLeft }), `${reminder.stage}:${key}:${dueOn}`));
    sent += 1;
  };

  const assignments = await db().assignment.findMany({
    where: { dueOn: { not: null }, user: { disabledAt: null }, assessment: { status: { in: [...EDITABLE_STATUSES] }, program: { archivedAt: null }, cycle: { status: "OPEN" } } },
    select: {
      id: true,
      dueOn: true,
      disciplineKey: true,
      practiceKey: true,
      user: { select: { ...person, memberships: { select: { programId: true } } } },
      assessment: { select: { id: true, modelId: true, program: { select: { id: true, name: true } }, cycle: { select: { name: true } } } },
    },
  });
  const disciplines = await db().discipline.findMany({
    where: { modelId: { in: [...new Set(assignments.map((a) => a.assessment.modelId))] } },
    select: { modelId: true, key: true, name: true, practices: { select: { key: true, title: true } } },
  });
  // Only people still on the program: an assignment outlives a membership an administrator removed.
  for (const a of assignments.filter((x) => x.user.memberships.some((m) => m.programId === x.assessment.program.id))) {
    const discipline = disciplines.find((d) => d.modelId === a.assessment.modelId && d.key === a.disciplineKey);
    const practiceTitle = a.practiceKey ? (discipline?.practices.find((p) => p.key === a.practiceKey)?.title ?? a.practiceKey) : null;
    const { phrase } = workName(discipline?.name ?? a.disciplineKey, practiceTitle);
    const where = { programName: a.assessment.program.name, cycleName: a.assessment.cycle.name, assessmentId: a.assessment.id };
    const { memberships: _memberships, ...assignee } = a.user;
    await remind([assignee], dayOf(a.dueOn)!, phrase.charAt(0).toUpperCase() + phrase.slice(1), where, `assignment:${a.id}`);
  }

  const cycles = await db().cycle.findMany({ where: { status: "OPEN", submissionDueOn: { not: null } }, select: { id: true, name: true, submissionDueOn: true } });
  for (const cycle of cycles) {
    const open = await db().assessment.findMany({
      where: { cycleId: cycle.id, status: { in: [...EDITABLE_STATUSES] }, program: { archivedAt: null } },
      select: { id: true, program: { select: { name: true, memberships: activeMembers } } },
    });
    for (const a of open) {
      const where = { programName: a.program.name, cycleName: cycle.name, assessmentId: a.id };
      await remind(a.program.memberships.map((m) => m.user), dayOf(cycle.submissionDueOn)!, "The self-assessment", where, `submission:${a.id}`);
    }
  }
  // The programs' plans: action items not done, and targets, each with a due date. A target is not
  // called overdue: whether it was met is the progress page's to say, from the accepted levels.
  const items = await db().actionItem.findMany({
    where: { dueOn: { not: null }, status: { not: "DONE" }, program: { archivedAt: null } },
    select: {
      id: true,
      title: true,
      dueOn: true,
      createdBy: { select: { ...person, disabledAt: true, role: true, agencyId: true, memberships: { select: { programId: true } } } },
      program: { select: { id: true, name: true, agencyId: true, memberships: activeMembers } },
    },
  });
  for (const item of items) {
    // The program's members, and whoever planned it (a CCO, for one) while they may still read the program.
    const { disabledAt, role, agencyId, memberships, ...planner } = item.createdBy;
    const stillInScope = canReadProgram({ ...planner, userId: planner.id, role, agencyId, programIds: memberships.map((m) => m.programId) }, item.program);
    const people = [...item.program.memberships.map((m) => m.user), ...(disabledAt || !stillInScope ? [] : [planner])];
    await remindOfPlan(people, item.program, `The action item “${item.title}”`, dayOf(item.dueOn)!, `action-item:${item.id}`, true);
  }
  const currentNames = new Map((await db().discipline.findMany({ where: { model: { isCurrent: true } }, select: { key: true, name: true } })).map((d) => [d.key, d.name]));
  const disciplineLabel = (key: string) => currentNames.get(key) ?? key;
  const targets = await db().target.findMany({
    where: { dueOn: { not: null }, program: { archivedAt: null } },
    select: { id: true, disciplineKey: true, targetLevel: true, dueOn: true, program: { select: { id: true, name: true, memberships: activeMembers } } },
  });
  for (const target of targets) {
    const people = target.program.memberships.map((m) => m.user);
    await remindOfPlan(people, target.program, `The target of level ${target.targetLevel} in ${disciplineLabel(target.disciplineKey)}`, dayOf(target.dueOn)!, `target:${target.id}`, false);
  }
  return sent;

  async function remindOfPlan(recipients: Recipient[], program: { id: string; name: string }, what: string, dueOn: string, key: string, overdueToo: boolean) {
    const reminder = reminderStage(dueOn, today);
    if (!reminder || recipients.length === 0 || (reminder.stage === "overdue" && !overdueToo)) return;
    const message = planReminder({ programName: program.name, programId: program.id, what, dueOn, daysLeft: reminder.daysLeft });
    await db().$transaction((tx) => notify(tx, recipients, message, `${reminder.stage}:${key}:${dueOn}`));
    sent += 1;
  }
}
