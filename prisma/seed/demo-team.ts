// A demo team assessment: Veterans Benefits Claims' FY2026 draft is rated by two respondents, who
// have finished and disagree on a few practices, and by its lead, who has not started, so the lead
// can rate, start the consensus and settle the disagreements.
import type { Prisma } from "../../lib/db/generated/client";

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
