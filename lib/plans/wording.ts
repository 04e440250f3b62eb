// How a plan's actions read, the same on the page and in every export.
import { fiscalYearLabel } from "./fiscal-year";

const amount = (value: number, unit: string) => (unit === "%" ? `${value} %` : unit ? `${value} ${unit}` : String(value));

/** "Survey coverage of top tasks: 20 % → 80 %"; the baseline is left out when unknown. */
export function measurableTarget(a: { measure: string; baselineValue: number | null; targetValue: number | null; unit: string }): string {
  if (!a.measure.trim() || a.targetValue === null) return "";
  const target = amount(a.targetValue, a.unit);
  return `${a.measure}: ${a.baselineValue === null ? target : `${amount(a.baselineValue, a.unit)} → ${target}`}`;
}

/** "2026-10-01 to 2027-09-30". */
export function timeFrame(a: { startOn: string | null; dueOn: string | null }): string {
  return a.startOn && a.dueOn ? `${a.startOn} to ${a.dueOn}` : (a.dueOn ? `by ${a.dueOn}` : "");
}

/** "FY2027 action plan, version 2". */
export const planLabel = (plan: { fiscalYear: number; number: number }) => `${fiscalYearLabel(plan.fiscalYear)} action plan, version ${plan.number}`;
