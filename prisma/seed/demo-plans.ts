// Demo CX action plans: the current fiscal year's for a few programs, complete and not, one signed
// off by the VA's CCO (with last year's before it), so the plan pages and the council's list have
// something to show.
import type { Prisma } from "../../lib/db/generated/client";
import { fiscalYearOf } from "../../lib/plans/fiscal-year";

type DemoAction = Omit<Prisma.PlanActionCreateWithoutPlanInput, "position">;

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A complete action of fiscal year `fy`, running the whole year. */
const measured = (fy: number, a: { disciplineKey: string; title: string; measure: string; baselineValue: number; targetValue: number; unit: string; ownerName: string; expectedLevel: number }): DemoAction => ({
  ...a,
  startOn: day(`${fy - 1}-10-01`),
  dueOn: day(`${fy}-09-30`),
});

export async function seedDemoPlans(tx: Prisma.TransactionClient, ids: { programs: Record<string, string>; leads: Record<string, string>; cco: string }) {
  const fy = fiscalYearOf(new Date().toISOString().slice(0, 10));
  const plan = (program: string, fiscalYear: number, actions: DemoAction[], extra: Partial<Prisma.ActionPlanUncheckedCreateInput> = {}) =>
    tx.actionPlan.create({
      data: {
        programId: ids.programs[program]!,
        fiscalYear,
        createdById: ids.leads[program]!,
        ...extra,
        actions: { create: actions.map((a, i) => ({ ...a, position: i + 1 })) },
      },
    });
  const surveys = (year: number) =>
    measured(year, { disciplineKey: "measurement", title: "Survey customers after every claim decision", measure: "Share of claim decisions followed by the A-11 survey", baselineValue: 20, targetValue: 80, unit: "%", ownerName: "Office of Performance Analysis", expectedLevel: 3 });
  await plan("Veterans Benefits Claims", fy - 1, [surveys(fy - 1)], {
    status: "SIGNED_OFF",
    signedOffById: ids.cco,
    signedOffAt: day(`${fy - 2}-11-15`),
    delivered: "Published the claims journey map and staffed a CX lead.",
    planned: "Measure satisfaction and trust after every claim decision.",
  });
  await plan(
    "Veterans Benefits Claims",
    fy,
    [
      surveys(fy),
      measured(fy, { disciplineKey: "design", title: "Test the claim status letters with veterans", measure: "Letters tested with veterans before release", baselineValue: 0, targetValue: 6, unit: "letters", ownerName: "Benefits Communications", expectedLevel: 3 }),
      { disciplineKey: "governance", title: "Name an executive owner for each top task", measure: "Top tasks with a named executive owner", targetValue: 10, unit: "tasks", expectedLevel: 3 },
    ],
    { delivered: "The post-decision survey now covers 45 % of claim decisions.", planned: "Reach 80 % coverage and test every status letter with veterans." },
  );
  await plan(
    "VA Health Care Enrollment",
    fy,
    [
      measured(fy, { disciplineKey: "customer-understanding", title: "Interview applicants who abandon the online form", measure: "Applicant interviews held", baselineValue: 0, targetValue: 24, unit: "interviews", ownerName: "Enrollment CX team", expectedLevel: 3 }),
      { disciplineKey: "culture", title: "Recognize CX work in staff awards", notPlanned: true, notPlannedReason: "The awards program is being redesigned department-wide in FY2028." },
    ],
    { delivered: "Launched the online application's feedback button.", planned: "Learn why applicants abandon the form, and fix the top three causes." },
  );
  await plan("Passport Services", fy, [{ disciplineKey: "strategy", title: "Publish a CX strategy for passport renewals", ownerName: "Passport Services Directorate", expectedLevel: 2 }]);
}
