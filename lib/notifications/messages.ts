// What each notification says: plain language, with the program and cycle, and where to go. The same
// words are shown in the app and sent by e-mail.
import type { NotificationKind } from "@/lib/db/generated/enums";

export type NotificationMessage = { kind: NotificationKind; title: string; body: string; link: string };

/** The kinds a person can choose the delivery of, in the order the settings list them. */
export const notificationKinds: { kind: NotificationKind; label: string; hint: string }[] = [
  { kind: "WORK_ASSIGNED", label: "Work assigned to you", hint: "A lead assigns you a discipline of an assessment or one of its practices, or asks for your ratings." },
  { kind: "SUBMITTED", label: "Assessments submitted", hint: "A program submits its self-assessment for the council's review (council members)." },
  { kind: "RETURNED", label: "Assessments returned", hint: "The council returns an assessment you lead or work on, for revision." },
  { kind: "ACCEPTED", label: "Assessments accepted", hint: "The council accepts an assessment you lead or work on." },
  { kind: "CYCLE_OPENED", label: "A cycle opened", hint: "A new assessment cycle opens for your programs." },
  { kind: "DUE_SOON", label: "Work due soon", hint: "A week before, and on the day before, a discipline or practice assigned to you, your program's self-assessment, an action item or a target is due." },
  { kind: "MENTIONED", label: "Mentions", hint: "Someone mentions you in the discussion of a practice." },
  { kind: "OVERDUE", label: "Work overdue", hint: "A discipline or practice assigned to you, your program's self-assessment, or an action item not done is past its due date." },
];

export const kindLabel = (kind: NotificationKind): string => notificationKinds.find((k) => k.kind === kind)?.label ?? kind;

type Where = { programName: string; cycleName: string; assessmentId: string };

/** "is due in 7 days, on …", "is due tomorrow", "is due today", "was due on …". */
const dueWhen = (dueOn: string, daysLeft: number) =>
  daysLeft < 0 ? `was due on ${dueOn}` : daysLeft === 0 ? "is due today" : daysLeft === 1 ? "is due tomorrow" : `is due in ${daysLeft} days, on ${dueOn}`;

/** The possessive of a program's name: "Benefits Claims'", "Passport Office's". */
const possessive = (name: string) => (name.endsWith("s") ? `${name}'` : `${name}'s`);

/** `work` names a discipline or one practice of it (lib/scoring/assigned-work.ts). */
export function workAssigned(where: Where & { work: { short: string; phrase: string }; dueOn: string | null; assignedBy: string }): NotificationMessage {
  const due = where.dueOn ? ` It is due on ${where.dueOn}.` : "";
  return {
    kind: "WORK_ASSIGNED",
    title: `${where.work.short} assigned to you: ${where.programName}, ${where.cycleName}`,
    body: `${where.assignedBy} assigned you ${where.work.phrase} of ${possessive(where.programName)} ${where.cycleName} self-assessment.${due}`,
    link: `/assessments/${where.assessmentId}`,
  };
}

export function ratingRequested(where: Where & { invitedBy: string }): NotificationMessage {
  return {
    kind: "WORK_ASSIGNED",
    title: `Your ratings asked for: ${where.programName}, ${where.cycleName}`,
    body: `${where.invitedBy} asks you to rate each practice of ${possessive(where.programName)} ${where.cycleName} self-assessment on your own. No one sees your ratings until you have finished yours.`,
    link: `/assessments/${where.assessmentId}/ratings`,
  };
}

export function submitted(where: Where & { submittedBy: string }): NotificationMessage {
  return {
    kind: "SUBMITTED",
    title: `Submitted for review: ${where.programName}, ${where.cycleName}`,
    body: `${where.submittedBy} submitted ${possessive(where.programName)} ${where.cycleName} self-assessment. It waits for the council's review.`,
    link: `/council/review/${where.assessmentId}`,
  };
}

export function reviewed(where: Where & { decision: "ACCEPTED" | "RETURNED"; comment: string; practices?: string[] }): NotificationMessage {
  const accepted = where.decision === "ACCEPTED";
  const named = where.practices ?? [];
  const about = named.length === 0 ? "" : ` It comments on ${named.length === 1 ? "one practice" : `${named.length} practices`}, in ${named.length === 1 ? "its" : "their"} discussion: ${named.join("; ")}.`;
  return {
    kind: where.decision,
    title: `${accepted ? "Accepted" : "Returned for revision"}: ${where.programName}, ${where.cycleName}`,
    body: accepted
      ? `The council accepted ${possessive(where.programName)} ${where.cycleName} self-assessment. Its results are the program's baseline for the cycle.${about}`
      : `The council returned ${possessive(where.programName)} ${where.cycleName} self-assessment for revision. The reviewer wrote: “${where.comment}”${about}`,
    link: accepted ? `/assessments/${where.assessmentId}/results` : `/assessments/${where.assessmentId}`,
  };
}

export function cycleOpened(where: { programName: string; cycleName: string; programId: string; submissionDueOn: string | null }): NotificationMessage {
  const due = where.submissionDueOn ? ` Self-assessments are due on ${where.submissionDueOn}.` : "";
  return {
    kind: "CYCLE_OPENED",
    title: `The ${where.cycleName} cycle is open: ${where.programName}`,
    body: `The ${where.cycleName} assessment cycle is open. Start ${possessive(where.programName)} self-assessment, from a blank form or from the last accepted answers.${due}`,
    link: `/programs/${where.programId}`,
  };
}

/** Work with a due date: a discipline or practice assigned to the person, or the program's whole self-assessment. */
export function dueReminder(where: Where & { what: string; dueOn: string; daysLeft: number }): NotificationMessage {
  const when = dueWhen(where.dueOn, where.daysLeft);
  return {
    kind: where.daysLeft < 0 ? "OVERDUE" : "DUE_SOON",
    title: `${where.daysLeft < 0 ? "Overdue" : "Due soon"}: ${where.what}, ${where.programName}, ${where.cycleName}`,
    body: `${where.what} of ${possessive(where.programName)} ${where.cycleName} self-assessment ${when}.`,
    link: `/assessments/${where.assessmentId}`,
  };
}

export function mentioned(where: Where & { author: string; practiceTitle: string; practiceId: string; comment: string }): NotificationMessage {
  const quote = where.comment.length > 300 ? `${where.comment.slice(0, 300)}…` : where.comment;
  return {
    kind: "MENTIONED",
    title: `${where.author} mentioned you: ${where.practiceTitle}, ${where.programName}`,
    body: `${where.author} wrote on “${where.practiceTitle}” in ${possessive(where.programName)} ${where.cycleName} self-assessment: “${quote}”`,
    link: `/assessments/${where.assessmentId}/practices/${where.practiceId}/discussion`,
  };
}

/** An action item or a target of a program, with a due date: its plan is on the program's progress page. */
export function planReminder(where: { programName: string; programId: string; what: string; dueOn: string; daysLeft: number }): NotificationMessage {
  const when = dueWhen(where.dueOn, where.daysLeft);
  return {
    kind: where.daysLeft < 0 ? "OVERDUE" : "DUE_SOON",
    title: `${where.daysLeft < 0 ? "Overdue" : "Due soon"}: ${where.what}, ${where.programName}`,
    body: `${where.what} of ${where.programName} ${when}.`,
    link: `/programs/${where.programId}/progress`,
  };
}
