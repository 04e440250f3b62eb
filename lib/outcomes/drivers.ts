// The seven OMB A-11 §280 customer-survey questions, in the order of Touchpoints' CX data collections
// (question 1 … 7, each answered on a 1–5 scale from "strongly disagree" to "strongly agree").

export const DRIVERS = [
  { key: "satisfaction", question: 1, label: "Satisfaction" },
  { key: "trust", question: 2, label: "Trust" },
  { key: "effectiveness", question: 3, label: "Effectiveness" },
  { key: "ease", question: 4, label: "Ease" },
  { key: "efficiency", question: 5, label: "Efficiency" },
  { key: "transparency", question: 6, label: "Transparency" },
  { key: "employee", question: 7, label: "Employee helpfulness" },
] as const;

export type DriverKey = (typeof DRIVERS)[number]["key"];

/** Points on each question's scale. */
export const SCALE = 5;

/** A question's five counts (points 1 to 5) out of the 35 a quarter keeps, question by question. */
export function countsOf(answerCounts: readonly number[], question: number): number[] {
  return answerCounts.slice((question - 1) * SCALE, question * SCALE);
}

/** The first day (YYYY-MM-DD) of a federal fiscal quarter: FY2027 Q1 begins on 1 October 2026. */
export function quarterStart(fiscalYear: number, quarter: number): string {
  const month = ((quarter - 1) * 3 + 9) % 12; // 0-based: Q1 October, Q2 January, Q3 April, Q4 July
  const year = quarter === 1 ? fiscalYear - 1 : fiscalYear;
  return `${year}-${String(month + 1).padStart(2, "0")}-01`;
}
