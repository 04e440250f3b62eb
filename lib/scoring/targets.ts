// Whether a target is met, on track, at risk or missed — computed from accepted assessments only,
// so the status is something the council has validated. Pure.

export type TargetStatus = "met" | "on-track" | "at-risk" | "missed";

/** Inside this many days of the due date, a target still short of its level is at risk. */
export const AT_RISK_DAYS = 180;

export const targetStatusLabels: Record<TargetStatus, string> = {
  met: "Met",
  "on-track": "On track",
  "at-risk": "At risk",
  missed: "Missed",
};

/**
 * Met: the latest accepted level reaches the target. Missed: not met and the due date has passed.
 * At risk: not met, and either due within AT_RISK_DAYS or two or more levels short. Otherwise on track.
 */
export function targetStatus(input: { targetLevel: number; dueOn: Date | null; latestLevel: number | null; today: Date }): TargetStatus {
  const { targetLevel, dueOn, latestLevel, today } = input;
  if (latestLevel !== null && latestLevel >= targetLevel) return "met";
  if (dueOn && dueOn.getTime() < startOfDay(today)) return "missed";
  const short = targetLevel - (latestLevel ?? 0);
  const daysLeft = dueOn ? (dueOn.getTime() - startOfDay(today)) / 86_400_000 : Number.POSITIVE_INFINITY;
  return daysLeft <= AT_RISK_DAYS || short >= 2 ? "at-risk" : "on-track";
}

function startOfDay(d: Date): number {
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
}
