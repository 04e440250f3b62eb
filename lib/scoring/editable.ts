// When an assessment's answers may change, and how the product says why not. One rule for the
// questionnaire, the save, the submit and the database's own guard on a submit.
import type { AssessmentStatus, CycleStatus } from "@/lib/db/generated/enums";

/** A draft, or one the council returned for revision; submitted and accepted ones are settled. */
export const EDITABLE_STATUSES = ["DRAFT", "RETURNED"] as const satisfies readonly AssessmentStatus[];

export function isEditableStatus(status: AssessmentStatus): boolean {
  return (EDITABLE_STATUSES as readonly AssessmentStatus[]).includes(status);
}

type AssessmentState = { status: AssessmentStatus; cycle: { name: string; status: CycleStatus } };

/** Answers change only while the assessment is editable and its cycle is open. */
export function answersCanChange(assessment: AssessmentState): boolean {
  return isEditableStatus(assessment.status) && assessment.cycle.status === "OPEN";
}

/** Why a lead cannot change this assessment now. */
export function lockedMessage(assessment: AssessmentState): string {
  if (assessment.cycle.status !== "OPEN") return `The ${assessment.cycle.name} cycle is closed: its assessments can no longer change.`;
  if (assessment.status === "SUBMITTED") return "This assessment has been submitted. It is read-only until the council returns it.";
  return "This assessment has been accepted and can no longer change.";
}
