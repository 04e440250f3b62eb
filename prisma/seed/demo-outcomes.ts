// Demo customer-survey results: eight fiscal quarters for a few programs' services, trust and
// satisfaction rising slowly (as their maturity does), so the progress pages have outcomes to show.
import type { Prisma } from "../../lib/db/generated/client";
import { DRIVERS } from "../../lib/outcomes/drivers";
import { fiscalYearOf } from "../../lib/plans/fiscal-year";

/** The five counts of one question: of `answers`, a share `positive` at 4–5, the rest spread over 1–3. */
function five(answers: number, positive: number): number[] {
  const top = Math.round(answers * positive);
  const rest = answers - top;
  return [Math.round(rest * 0.25), Math.round(rest * 0.3), rest - Math.round(rest * 0.25) - Math.round(rest * 0.3), Math.round(top * 0.55), top - Math.round(top * 0.55)];
}

const services: { program: string; service: string; customers: number; start: number; rise: number }[] = [
  { program: "Veterans Benefits Claims", service: "Claim status online", customers: 240_000, start: 0.52, rise: 0.015 },
  { program: "Veterans Benefits Claims", service: "Benefits hotline", customers: 90_000, start: 0.44, rise: 0.01 },
  { program: "VA Health Care Enrollment", service: "Online application", customers: 60_000, start: 0.58, rise: 0.01 },
  { program: "Passport Services", service: "Online renewal", customers: 400_000, start: 0.66, rise: 0.008 },
  { program: "IRS Individual Taxpayer Services", service: "Where's my refund", customers: 900_000, start: 0.48, rise: 0.012 },
];

export async function seedDemoOutcomes(tx: Prisma.TransactionClient, ids: { programs: Record<string, string>; importedBy: string }) {
  const lastYear = fiscalYearOf(new Date().toISOString().slice(0, 10)) - 1;
  for (const s of services) {
    const service = await tx.service.create({ data: { programId: ids.programs[s.program]!, name: s.service }, select: { id: true } });
    for (let i = 0; i < 8; i++) {
      const fiscalYear = lastYear - 1 + Math.floor(i / 4);
      const surveysOffered = Math.round(s.customers * 0.3);
      const responses = Math.round(surveysOffered * 0.12);
      // Trust a little below satisfaction; every driver around them.
      const answerCounts = DRIVERS.flatMap((d, j) => five(responses - j * 3, Math.min(0.95, s.start + s.rise * i - (d.key === "trust" ? 0.04 : 0) + (j % 3) * 0.01)));
      await tx.outcomeQuarter.create({ data: { serviceId: service.id, fiscalYear, quarter: (i % 4) + 1, customers: s.customers, surveysOffered, responses, answerCounts, importedById: ids.importedBy } });
    }
  }
}
