// When a program's self-assessment or the council's review of it is late: the cycle's due dates
// (calendar days, YYYY-MM-DD) against today. Work due today is not late yet.

type Standing = "NOT_STARTED" | "DRAFT" | "SUBMITTED" | "RETURNED" | "ACCEPTED";

/** Whether a due date has passed: the day after it. */
export const isPast = (dueOn: string | null, today: string): dueOn is string => dueOn !== null && dueOn < today;

/** Not submitted (not started, a draft, or returned for revision) after the submission due date. */
export function submissionOverdue(status: Standing, submissionDueOn: string | null, today: string): boolean {
  return isPast(submissionDueOn, today) && (status === "NOT_STARTED" || status === "DRAFT" || status === "RETURNED");
}

/** Submitted and still waiting for the council after the review due date. */
export function reviewOverdue(status: Standing, reviewDueOn: string | null, today: string): boolean {
  return isPast(reviewDueOn, today) && status === "SUBMITTED";
}

export const dayOf = (date: Date | null): string | null => (date ? date.toISOString().slice(0, 10) : null);
export const todayIso = (now = new Date()): string => now.toISOString().slice(0, 10);
