// What an action of a CX action plan says, wherever it is shown or written (pages, CSV, Word,
// Touchpoints JSON). Dates are calendar days (YYYY-MM-DD).

export type PlanActionContent = {
  title: string;
  measure: string;
  baselineValue: number | null;
  targetValue: number | null;
  unit: string;
  startOn: string | null;
  dueOn: string | null;
  ownerName: string;
  expectedLevel: number | null;
  notPlanned: boolean;
  notPlannedReason: string;
};
