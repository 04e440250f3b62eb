// The federal fiscal year: FY2027 runs from 1 October 2026 to 30 September 2027.

/** The fiscal year a calendar day (YYYY-MM-DD) falls in. */
export function fiscalYearOf(day: string): number {
  const [year, month] = day.split("-").map(Number) as [number, number];
  return month >= 10 ? year + 1 : year;
}

export const fiscalYearLabel = (fiscalYear: number) => `FY${fiscalYear}`;
