// When a reminder about work with a due date is due: once in the week before (7 days or fewer left),
// once on the last day or the day before (1 day or fewer), and once after the date has passed. A day
// the worker did not run is caught up on the next: each stage is reached by a range, not a single day.

export type ReminderStage = "week" | "day" | "overdue";

const DAY_MS = 86_400_000;

/** Whole days from `today` to `dueOn` (both YYYY-MM-DD): 0 on the day itself, negative once past. */
export const daysUntil = (dueOn: string, today: string): number => Math.round((Date.parse(`${dueOn}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS);

/** The reminder due today for work due on `dueOn`, or null. Each stage is sent once (its event key names it). */
export function reminderStage(dueOn: string, today: string): { stage: ReminderStage; daysLeft: number } | null {
  const daysLeft = daysUntil(dueOn, today);
  if (daysLeft < 0) return { stage: "overdue", daysLeft };
  if (daysLeft <= 1) return { stage: "day", daysLeft };
  if (daysLeft <= 7) return { stage: "week", daysLeft };
  return null;
}
