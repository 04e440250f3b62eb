// Demo self-assessments across three cycles, so the council's portfolio, baselines and trends have
// something to show: accepted history for most programs and every status in the open cycle. The
// closed cycles were taken on model version 1 and the open one on version 2, so comparisons across
// the change of model show how they say so.
import type { Prisma } from "../../lib/db/generated/client";
import { parseScoringRule } from "../../lib/model/model-schema";
import { isLevel } from "../../lib/scoring/rules";
import { scoreAssessment, type AnswerValue } from "../../lib/scoring/score";
import { snapshotOf } from "../../lib/scoring/snapshot";
import { workName } from "../../lib/scoring/assigned-work";
import { reviewed, submitted as submittedMessage, workAssigned, type NotificationMessage } from "../../lib/notifications/messages";

type Status = "DRAFT" | "SUBMITTED" | "RETURNED" | "ACCEPTED";
type Levels = [number, number, number, number, number, number];
type CycleName = "FY2024" | "FY2025" | "FY2026";

type Plan = {
  program: string;
  /**
   * Level per discipline in model order in the first cycle (FY2024), also for programs that joined
   * later. Whole or half levels: a half level comes out as an even mix of the two levels around it.
   */
  start: Levels;
  /** Change per discipline from one cycle to the next, in half levels; negative where a program slipped. */
  gain: Levels;
  /** Status per cycle; a cycle left out has no assessment (before the program joined, or not started). */
  cycles: Partial<Record<CycleName, Status>>;
  /** Share of practices a draft has answered. */
  answered?: number;
  /** Why the council returned the submission. */
  returned?: string;
};

const plans: Plan[] = [
  {
    program: "Veterans Benefits Claims",
    start: [2, 2, 1, 2, 1, 1],
    gain: [0.5, 0.5, 0.5, 0.5, 1, 0.5],
    cycles: { FY2024: "ACCEPTED", FY2025: "ACCEPTED", FY2026: "DRAFT" },
    answered: 0.4,
  },
  {
    program: "VA Health Care Enrollment",
    start: [1, 3, 1, 1, 2, 3],
    gain: [1, 0, 1, 1, 0, 0],
    cycles: { FY2025: "ACCEPTED", FY2026: "SUBMITTED" },
  },
  {
    program: "Retirement Benefits",
    start: [3, 2, 2, 3, 2, 2],
    gain: [0.5, 0.5, 0.5, 0.5, 0.5, 0],
    cycles: { FY2024: "ACCEPTED", FY2025: "ACCEPTED", FY2026: "SUBMITTED" },
  },
  // The troubled FAFSA launch shows as a slip in design and measurement.
  {
    program: "Federal Student Aid",
    start: [3, 3, 3, 3, 3, 2],
    gain: [0, 0, -1, -0.5, 0, 0.5],
    cycles: { FY2024: "ACCEPTED", FY2025: "ACCEPTED" },
  },
  {
    program: "IRS Individual Taxpayer Services",
    start: [2, 1.5, 2, 2, 2, 1.5],
    gain: [1, 1, 0.5, 1, 0.5, 0.5],
    cycles: { FY2024: "ACCEPTED", FY2025: "ACCEPTED", FY2026: "ACCEPTED" },
  },
  {
    program: "USCIS Immigration Benefits",
    start: [2, 2, 2, 2.5, 2, 2],
    gain: [0.5, 0, 0.5, 0.5, 0.5, 0],
    cycles: { FY2024: "ACCEPTED", FY2025: "ACCEPTED", FY2026: "SUBMITTED" },
  },
  {
    program: "FEMA Disaster Assistance",
    start: [3, 2.5, 2, 2, 3, 2.5],
    gain: [0, 0.5, 0.5, 1, 0, 0],
    cycles: { FY2024: "ACCEPTED", FY2025: "ACCEPTED", FY2026: "RETURNED" },
    returned:
      "Measurement rose a level since FY2025, but the evidence notes only name a survey. Please link the transaction feedback results and the service-level dashboard the levels rest on, then submit again.",
  },
  {
    program: "CMS Medicare",
    start: [3.5, 3, 3, 3.5, 3.5, 3],
    gain: [0.5, 0.5, 0, 0.5, 0, 0.5],
    cycles: { FY2024: "ACCEPTED", FY2025: "ACCEPTED", FY2026: "ACCEPTED" },
  },
  {
    program: "CMS HealthCare.gov Marketplace",
    start: [3, 3.5, 3.5, 3, 3, 3],
    gain: [0.5, 0, 0.5, 0.5, 0.5, 0],
    cycles: { FY2024: "ACCEPTED", FY2025: "ACCEPTED", FY2026: "DRAFT" },
    answered: 0.75,
  },
  {
    program: "SBA Disaster Loans",
    start: [1.5, 1.5, 1, 2, 1.5, 1],
    gain: [0.5, 0.5, 1, 0.5, 0.5, 0.5],
    cycles: { FY2025: "ACCEPTED", FY2026: "SUBMITTED" },
  },
  {
    program: "FSA Farm Loans",
    start: [2, 1.5, 1.5, 1.5, 2, 2],
    gain: [0, 0.5, 0, 0.5, 0, 0],
    cycles: { FY2024: "ACCEPTED", FY2025: "ACCEPTED", FY2026: "DRAFT" },
    answered: 0.2,
  },
  {
    program: "Passport Services",
    start: [3, 2.5, 3, 3, 2.5, 3],
    gain: [0.5, 0.5, 0.5, 0, 0.5, 0],
    cycles: { FY2024: "ACCEPTED", FY2025: "ACCEPTED", FY2026: "ACCEPTED" },
  },
  // The retirement backlog wore on staff: culture slips while the rest improves.
  {
    program: "Federal Retirement Services",
    start: [2, 2, 1.5, 2, 2.5, 2.5],
    gain: [0.5, 0.5, 0.5, 0.5, 0.5, -0.5],
    cycles: { FY2024: "ACCEPTED", FY2025: "ACCEPTED", FY2026: "RETURNED" },
    returned:
      "Culture is lower than in FY2025 while the strategy answers describe better staff engagement. Please reconcile the two, or explain the drop in the culture evidence notes, and attach the backlog reduction plan to the governance answers.",
  },
  {
    program: "Recreation.gov",
    start: [2.5, 3, 3.5, 3, 2, 2.5],
    gain: [0.5, 0.5, 0.5, 0.5, 0.5, 0.5],
    cycles: { FY2025: "ACCEPTED", FY2026: "ACCEPTED" },
  },
  {
    program: "Public Housing",
    start: [1.5, 1, 1, 1.5, 2, 1.5],
    gain: [0.5, 0.5, 0.5, 0, 0.5, 0.5],
    cycles: { FY2025: "ACCEPTED" },
  },
];

// Offsets of a practice from its discipline's level. They sum to zero, so a discipline's average
// follows its level; quarter steps keep a whole or half level plus an offset off the rounding tie.
const spread = [-1.25, 0.25, 0.75, -0.25, 1.25, -0.75, 0.25, -0.25];
const acceptComments = [
  "Evidence supports the levels chosen.",
  "Levels are well supported; the action plan addresses the largest gaps.",
  "Accepted. Keep linking survey results as evidence for the measurement practices.",
];
const version: Record<Status, number> = { DRAFT: 1, SUBMITTED: 2, RETURNED: 3, ACCEPTED: 3 };
const DAY = 86_400_000;

const clamp = (n: number) => Math.min(5, Math.max(1, n));

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`The demo assessments need ${what}.`);
  return value;
}

export async function seedDemoAssessments(
  tx: Prisma.TransactionClient,
  ids: { programs: Record<string, string>; leads: Record<string, string>; council: string },
) {
  const models = await tx.maturityModel.findMany({
    orderBy: { version: "asc" },
    select: {
      id: true,
      isCurrent: true,
      scoringRule: true,
      disciplines: { orderBy: { position: "asc" }, select: { key: true, name: true, practices: { orderBy: { position: "asc" }, select: { id: true, key: true } } } },
    },
  });
  const current = required(models.find((m) => m.isCurrent), "a model in use");
  const earliest = models[0]!;
  // A plan's levels move by one gain per cycle, counted from the earliest.
  const cycles = await tx.cycle.findMany({ orderBy: { startsOn: "asc" }, select: { id: true, name: true, endsOn: true } });
  const modelOf = (step: number) => (step === cycles.length - 1 ? current : earliest);

  for (const [index, plan] of plans.entries()) {
    const programId = required(ids.programs[plan.program], `the program ${plan.program}`);
    const lead = required(ids.leads[plan.program], `a lead for ${plan.program}`);
    for (const [step, cycle] of cycles.entries()) {
      const status = plan.cycles[cycle.name as CycleName];
      if (!status) continue;
      // Staggered, so that programs do not all submit or get reviewed on the same day.
      const submittedAt = new Date(cycle.endsOn.getTime() - (20 + ((index * 11) % 50)) * DAY);
      const reviewedAt = new Date(submittedAt.getTime() + (5 + (index % 4) * 3) * DAY);
      const submitted = status !== "DRAFT";
      const model = modelOf(step);
      const { disciplines } = model;
      const assessment = await tx.assessment.create({
        data: {
          programId,
          cycleId: cycle.id,
          modelId: model.id,
          status,
          version: version[status],
          submittedAt: submitted ? submittedAt : null,
          submittedById: submitted ? lead : null,
        },
        select: { id: true },
      });
      const answers = disciplines.flatMap((d, di) =>
        d.practices.map((p, pi) => {
          // Partner coordination stands in for a practice some programs have no use for.
          const notApplicable = p.key === "governance-partner-coordination";
          const level = plan.start[di]! + plan.gain[di]! * step + spread[(pi + 3 * di + 5 * index) % spread.length]!;
          return {
            assessmentId: assessment.id,
            practiceId: p.id,
            level: notApplicable ? null : clamp(Math.round(level)),
            notApplicable,
            evidenceNote: notApplicable
              ? "Not applicable: the program delivers this service alone, with no partner agencies or contractors in the customer's journey."
              : pi === 0
                ? "See the program's CX action plan."
                : "",
            answeredById: lead,
          };
        }),
      );
      const kept = status === "DRAFT" ? answers.slice(0, Math.round(answers.length * (plan.answered ?? 0.5))) : answers;
      await tx.answer.createMany({ data: kept });
      if (status === "DRAFT") {
        // The lead's "My work": two disciplines and one practice with due dates around the cycle's first months, one of them past.
        const due = (days: number) => new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate() + days));
        await tx.assignment.createMany({
          data: [
            { assessmentId: assessment.id, disciplineKey: disciplines[1]!.key, userId: lead, dueOn: due(-7) },
            { assessmentId: assessment.id, disciplineKey: disciplines[3]!.key, userId: lead, dueOn: due(21) },
            { assessmentId: assessment.id, disciplineKey: disciplines[2]!.key, practiceKey: disciplines[2]!.practices[0]!.key, userId: lead, dueOn: due(10) },
          ],
        });
      }
      // A few notifications, as the app would have sent them about the open cycle (kept in the app, not e-mailed).
      if (step === cycles.length - 1) {
        const where = { programName: plan.program, cycleName: cycle.name, assessmentId: assessment.id };
        const told: [string, NotificationMessage, string][] =
          status === "DRAFT"
            ? [1, 3].map((i) => [lead, workAssigned({ ...where, work: workName(disciplines[i]!.name, null), dueOn: null, assignedBy: "Your program's lead" }), `demo:assigned:${assessment.id}:${i}`])
            : status === "SUBMITTED"
              ? [[ids.council, submittedMessage({ ...where, submittedBy: "The program's lead" }), `demo:submitted:${assessment.id}`]]
              : [[lead, reviewed({ ...where, decision: status, comment: status === "RETURNED" ? required(plan.returned, "a return comment") : "" }), `demo:reviewed:${assessment.id}`]];
        if (status === "DRAFT") {
          // A discussion under way on the first practice, waiting for another look.
          await tx.comment.create({
            data: {
              assessmentId: assessment.id,
              practiceId: disciplines[0]!.practices[0]!.id,
              authorId: lead,
              body: "Our evidence here is last year's strategy memo. Is there a newer one? The A-11 guidance is at https://www.performance.gov/cx/",
              needsLook: true,
            },
          });
        }
        await tx.notification.createMany({ data: told.map(([userId, message, eventKey]) => ({ userId, eventKey, ...message, createdAt: status === "DRAFT" ? new Date() : status === "SUBMITTED" ? submittedAt : reviewedAt })) });
      }
      if (status === "SUBMITTED" || status === "ACCEPTED") {
        // As submitting in the app does: the scores are taken when the answers are locked.
        const practiceKey = new Map(disciplines.flatMap((d) => d.practices.map((p) => [p.id, p.key] as const)));
        const values = new Map<string, AnswerValue>(kept.map((a) => [practiceKey.get(a.practiceId)!, isLevel(a.level) ? a.level : "NA"]));
        const scoring = { rule: parseScoringRule(model.scoringRule), disciplines: disciplines.map((d) => ({ key: d.key, practiceKeys: d.practices.map((p) => p.key) })) };
        await tx.scoreSnapshot.create({ data: { assessmentId: assessment.id, ...snapshotOf(scoreAssessment(scoring, values)) } });
      }
      if (status === "ACCEPTED" || status === "RETURNED") {
        const comment =
          status === "ACCEPTED" ? acceptComments[(index + step) % acceptComments.length]! : required(plan.returned, `a return comment for ${plan.program}`);
        await tx.review.create({
          data: { assessmentId: assessment.id, decision: status, comment, reviewerId: ids.council, createdAt: reviewedAt },
        });
      }
    }
  }
}
