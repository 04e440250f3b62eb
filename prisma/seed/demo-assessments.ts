// Demo self-assessments across three cycles, so results, baselines and trends have something to show.
import type { Prisma } from "../../lib/db/generated/client";

type Plan = {
  program: string;
  cycle: string;
  status: "DRAFT" | "SUBMITTED" | "ACCEPTED";
  /** Starting level per discipline, in model order; practices vary around it. */
  base: [number, number, number, number, number, number];
  /** Share of practices answered (drafts stop part-way). */
  answered?: number;
};

const plans: Plan[] = [
  { program: "Veterans Benefits Claims", cycle: "FY2024", status: "ACCEPTED", base: [2, 2, 1, 2, 1, 1] },
  { program: "Veterans Benefits Claims", cycle: "FY2025", status: "ACCEPTED", base: [3, 2, 2, 3, 2, 2] },
  { program: "Veterans Benefits Claims", cycle: "FY2026", status: "DRAFT", base: [3, 3, 2, 3, 3, 2], answered: 0.4 },
  { program: "VA Health Care Enrollment", cycle: "FY2025", status: "ACCEPTED", base: [2, 3, 2, 2, 2, 3] },
  { program: "VA Health Care Enrollment", cycle: "FY2026", status: "SUBMITTED", base: [3, 3, 3, 3, 2, 3] },
  { program: "Retirement Benefits", cycle: "FY2026", status: "SUBMITTED", base: [4, 3, 3, 4, 3, 2] },
];

const clamp = (n: number) => Math.min(5, Math.max(1, n));

export async function seedDemoAssessments(
  tx: Prisma.TransactionClient,
  ids: { programs: Record<string, string>; users: Record<string, string> },
) {
  const model = await tx.maturityModel.findFirstOrThrow({ where: { isCurrent: true }, select: { id: true } });
  const disciplines = await tx.discipline.findMany({
    where: { modelId: model.id },
    orderBy: { position: "asc" },
    select: { practices: { orderBy: { position: "asc" }, select: { id: true } } },
  });
  const cycles = new Map((await tx.cycle.findMany({ select: { id: true, name: true, endsOn: true } })).map((c) => [c.name, c]));
  const leadOf = (program: string) => (program === "Retirement Benefits" ? ids.users["lead.ssa@example.gov"]! : ids.users["lead@example.gov"]!);
  const council = ids.users["council@example.gov"]!;

  for (const plan of plans) {
    const cycle = cycles.get(plan.cycle)!;
    const lead = leadOf(plan.program);
    const submittedAt = new Date(cycle.endsOn.getTime() - 30 * 86_400_000);
    const assessment = await tx.assessment.create({
      data: {
        programId: ids.programs[plan.program]!,
        cycleId: cycle.id,
        modelId: model.id,
        status: plan.status,
        version: plan.status === "ACCEPTED" ? 3 : plan.status === "SUBMITTED" ? 2 : 1,
        submittedAt: plan.status === "DRAFT" ? null : submittedAt,
        submittedById: plan.status === "DRAFT" ? null : lead,
      },
      select: { id: true },
    });
    const answers = disciplines.flatMap((d, di) =>
      d.practices.map((p, pi) => ({
        assessmentId: assessment.id,
        practiceId: p.id,
        // A spread around the discipline's base level, with the odd practice not applicable.
        level: pi === 5 && di === 4 ? null : clamp(plan.base[di]! + ((pi % 3) - 1) * (pi % 2)),
        notApplicable: pi === 5 && di === 4,
        evidenceNote: pi === 0 ? "See the program's CX action plan." : "",
        answeredById: lead,
      })),
    );
    const kept = plan.answered ? answers.slice(0, Math.round(answers.length * plan.answered)) : answers;
    await tx.answer.createMany({ data: kept });
    if (plan.status === "ACCEPTED") {
      await tx.review.create({
        data: { assessmentId: assessment.id, decision: "ACCEPTED", comment: "Evidence supports the levels chosen.", reviewerId: council, createdAt: new Date(submittedAt.getTime() + 7 * 86_400_000) },
      });
    }
  }
}
