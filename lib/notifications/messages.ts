// What each notification says: plain language, with the program and cycle, and where to go. The same
// words are shown in the app and sent by e-mail.
import type { NotificationKind } from "@/lib/db/generated/enums";

export type NotificationMessage = { kind: NotificationKind; title: string; body: string; link: string };

/** The kinds a person can choose the delivery of, in the order the settings list them. */
export const notificationKinds: { kind: NotificationKind; label: string; hint: string }[] = [
  { kind: "WORK_ASSIGNED", label: "Work assigned to you", hint: "A lead assigns you a discipline of an assessment." },
  { kind: "SUBMITTED", label: "Assessments submitted", hint: "A program submits its self-assessment for the council's review (council members)." },
  { kind: "RETURNED", label: "Assessments returned", hint: "The council returns an assessment you lead or work on, for revision." },
  { kind: "ACCEPTED", label: "Assessments accepted", hint: "The council accepts an assessment you lead or work on." },
];

export const kindLabel = (kind: NotificationKind): string => notificationKinds.find((k) => k.kind === kind)?.label ?? kind;

type Where = { programName: string; cycleName: string; assessmentId: string };

export function workAssigned(where: Where & { disciplineName: string; dueOn: string | null; assignedBy: string }): NotificationMessage {
  const due = where.dueOn ? ` It is due on ${where.dueOn}.` : "";
  return {
    kind: "WORK_ASSIGNED",
    title: `${where.disciplineName} assigned to you: ${where.programName}, ${where.cycleName}`,
    body: `${where.assignedBy} assigned you the ${where.disciplineName} discipline of ${where.programName}'s ${where.cycleName} self-assessment.${due}`,
    link: `/assessments/${where.assessmentId}`,
  };
}

export function submitted(where: Where & { submittedBy: string }): NotificationMessage {
  return {
    kind: "SUBMITTED",
    title: `Submitted for review: ${where.programName}, ${where.cycleName}`,
    body: `${where.submittedBy} submitted ${where.programName}'s ${where.cycleName} self-assessment. It waits for the council's review.`,
    link: `/council/review/${where.assessmentId}`,
  };
}

export function reviewed(where: Where & { decision: "ACCEPTED" | "RETURNED"; comment: string }): NotificationMessage {
  const accepted = where.decision === "ACCEPTED";
  return {
    kind: where.decision,
    title: `${accepted ? "Accepted" : "Returned for revision"}: ${where.programName}, ${where.cycleName}`,
    body: accepted
      ? `The council accepted ${where.programName}'s ${where.cycleName} self-assessment. Its results are the program's baseline for the cycle.`
      : `The council returned ${where.programName}'s ${where.cycleName} self-assessment for revision. The reviewer wrote: “${where.comment}”`,
    link: accepted ? `/assessments/${where.assessmentId}/results` : `/assessments/${where.assessmentId}`,
  };
}
