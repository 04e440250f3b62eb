// A demo team assessment, and a review the council validated answer by answer. The team: Veterans Benefits Claims' FY2026 draft is rated by two respondents, who
// have finished and disagree on a few practices, and by its lead, who has not started, so the lead
// can rate, start the consensus and settle the disagreements.
import type { Prisma } from "../../lib/db/generated/client";
import { parseScoringRule } from "../../lib/model/model-schema";
import { isLevel, type LevelRank } from "../../lib/scoring/rules";
import { scoreAssessment, type AnswerValue } from "../../lib/scoring/score";
import { snapshotOf } from "../../lib/scoring/snapshot";

const confidences = ["HIGH", "MEDIUM", "LOW"] as const;

export async function seedDemoTeam(tx: Prisma.TransactionClient, ids: { programs: Record<string, string>; users: Record<string, string> }) {
  const assessment = await tx.assessment.findFirstOrThrow({
    where: { programId: ids.programs["Veterans Benefits Claims"]!, cycle: { name: "FY2026" } },
    select: { id: true, modelId: true },
  });
  const practices = await tx.practice.findMany({
    where: { discipline: { modelId: assessment.modelId } },
    orderBy: [{ discipline: { position: "asc" } }, { position: "asc" }],
    select: { id: true },
  });
  const lead = ids.users["lead@example.gov"]!;
  const finishedAt = new Date(Date.now() - 2 * 86_400_000);
  const respondent = (email: string, finished: boolean) =>
    tx.respondent.create({ data: { assessmentId: assessment.id, userId: ids.users[email]!, invitedById: lead, finishedAt: finished ? finishedAt : null }, select: { id: true } });
  const rita = await respondent("respondent@example.gov", true);
  const omar = await respondent("respondent.two@example.gov", true);
  await respondent("lead@example.gov", false);
  // Levels 2 to 4 by practice; Omar a level higher on some, two levels on every ninth (a disagreement),
  // and "not applicable" on one that Rita rates.
  const base = (i: number) => 2 + ((i * 7) % 3);
  await tx.rating.createMany({
    data: practices.flatMap((p, i) => [
      { respondentId: rita.id, practiceId: p.id, level: base(i), confidence: confidences[i % 3]!, note: i % 5 === 0 ? "Seen in the last quarter's service review." : "" },
      i === 4
        ? { respondentId: omar.id, practiceId: p.id, level: null, notApplicable: true, confidence: "LOW" as const, note: "Our claims are filed by others for most customers." }
        : {
            respondentId: omar.id,
            practiceId: p.id,
            level: Math.min(5, base(i) + (i % 9 === 0 ? 2 : i % 4 === 0 ? 1 : 0)),
            confidence: confidences[(i + 1) % 3]!,
            note: i % 9 === 0 ? "The new intake design was tested with veterans in every region." : "",
          },
    ]),
  });
}

/**
 * A validated review: on IRS Individual Taxpayer Services' accepted FY2026 assessment the council
 * validated two Measurement answers a level below what the program reported, so its results show both
 * and the portfolio has an optimism figure.
 */
export async function seedDemoValidation(tx: Prisma.TransactionClient, ids: { programs: Record<string, string> }) {
  const assessment = await tx.assessment.findFirstOrThrow({
    where: { programId: ids.programs["IRS Individual Taxpayer Services"]!, cycle: { name: "FY2026" }, status: "ACCEPTED" },
    select: {
      id: true,
      model: { select: { scoringRule: true, disciplines: { orderBy: { position: "asc" }, select: { key: true, practices: { orderBy: { position: "asc" }, select: { id: true, key: true } } } } } },
      answers: { select: { practiceId: true, level: true, notApplicable: true } },
    },
  });
  const measurement = assessment.model.disciplines.find((d) => d.key === "measurement")!;
  const validated = assessment.answers.filter((a) => measurement.practices.slice(0, 2).some((p) => p.id === a.practiceId) && a.level !== null && a.level < 5);
  const reasons = [
    "The survey runs for one of the three designated services; the others start next year.",
    "Results are reported to the program, not yet published quarterly.",
  ];
  for (const [i, a] of validated.entries()) {
    await tx.answer.update({
      where: { assessmentId_practiceId: { assessmentId: assessment.id, practiceId: a.practiceId } },
      data: { selfReportedLevel: a.level! + 1, selfReportedNotApplicable: false, validationReason: reasons[i]! },
    });
  }
  const keyOf = new Map(assessment.model.disciplines.flatMap((d) => d.practices.map((p) => [p.id, p.key] as const)));
  const own = new Map<string, AnswerValue>(
    assessment.answers.map((a) => {
      const raised = validated.some((v) => v.practiceId === a.practiceId);
      return [keyOf.get(a.practiceId)!, a.notApplicable || !isLevel(a.level) ? "NA" : raised ? ((a.level + 1) as LevelRank) : a.level];
    }),
  );
  const scoring = { rule: parseScoringRule(assessment.model.scoringRule), disciplines: assessment.model.disciplines.map((d) => ({ key: d.key, practiceKeys: d.practices.map((p) => p.key) })) };
  const self = snapshotOf(scoreAssessment(scoring, own));
  await tx.scoreSnapshot.update({
    where: { assessmentId: assessment.id },
    data: { selfReportedOverallScore: self.overallScore, selfReportedOverallLevel: self.overallLevel, selfReportedDisciplines: self.disciplines },
  });
}
