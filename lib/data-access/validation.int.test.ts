// The council validates each answer: it agrees, or sets another answer with a reason. Accepting keeps
// both: the validated answer is scored everywhere, the program's own stays beside it (results,
// portfolio, exports), and the optimism figure says how far the programs rated above the council.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/scripts/lib/prisma";
import { createAgency, createCycle, createDraft, createUser } from "@/lib/testing/factories";
import { portfolioQuerySchema } from "@/lib/validation/portfolio";
import { answerExportRows, getPortfolio } from "./portfolio";
import { getResults } from "./results";
import { reviewAssessment } from "./reviews";
import { submitAssessment } from "./submission";

const prisma = createPrismaClient(inject("databaseUrl"));
afterAll(() => prisma.$disconnect());

async function submittedAt4() {
  const agency = await createAgency(prisma, ["Validated program"]);
  const program = agency.programs[0]!;
  const lead = await createUser(prisma, "LEAD", { programIds: [program.id] });
  const council = await createUser(prisma, "COUNCIL");
  const cycle = await createCycle(prisma, "OPEN");
  const { assessmentId, practices } = await createDraft(prisma, program.id, cycle.id, lead.userId, 1000, 4);
  await prisma.answer.updateMany({ where: { assessmentId }, data: { evidenceNote: "Quarterly service review minutes." } });
  expect(await submitAssessment(lead, { assessmentId, submitKey: randomUUID() })).toMatchObject({ ok: true });
  const { version } = await prisma.assessment.findUniqueOrThrow({ where: { id: assessmentId }, select: { version: true } });
  return { agency, program, council, assessmentId, practices, version };
}

describe("the council's validation of each answer", () => {
  it("refuses another answer without a reason, writing nothing; with one, keeps both answers and both scores", async () => {
    const w = await submittedAt4();
    const [first, second, third] = [w.practices[0]!, w.practices[1]!, w.practices[2]!];
    const decision = { assessmentId: w.assessmentId, decision: "ACCEPTED" as const, comment: "", expectedVersion: w.version };
    const refused = await reviewAssessment(w.council, { ...decision, validations: [{ practiceId: first.id, choice: 2, reason: " " }] });
    expect(refused).toMatchObject({ ok: false, fieldErrors: { [`reason-${first.id}`]: ["Say why the council validates another answer"] } });
    expect((await prisma.assessment.findUniqueOrThrow({ where: { id: w.assessmentId } })).status).toBe("SUBMITTED");
    const submitted = await prisma.scoreSnapshot.findUniqueOrThrow({ where: { assessmentId: w.assessmentId } });
    expect(submitted.overallLevel).toBe(4);

    const accepted = await reviewAssessment(w.council, {
      ...decision,
      validations: [
        { practiceId: first.id, choice: 2, reason: "The survey has not run yet." },
        { practiceId: second.id, choice: "AGREE", reason: "" },
        { practiceId: third.id, choice: 4, reason: "" },
      ],
    });
    expect(accepted).toEqual({ ok: true, value: { status: "ACCEPTED" } });
    const answers = await prisma.answer.findMany({ where: { assessmentId: w.assessmentId, practiceId: { in: [first.id, second.id] } }, select: { practiceId: true, level: true, selfReportedLevel: true, selfReportedNotApplicable: true, validationReason: true } });
    expect(answers.find((a) => a.practiceId === first.id)).toEqual({ practiceId: first.id, level: 2, selfReportedLevel: 4, selfReportedNotApplicable: false, validationReason: "The survey has not run yet." });
    expect(answers.find((a) => a.practiceId === second.id)).toMatchObject({ level: 4, selfReportedLevel: null, selfReportedNotApplicable: null });

    const snapshot = await prisma.scoreSnapshot.findUniqueOrThrow({ where: { assessmentId: w.assessmentId } });
    expect(snapshot.selfReportedOverallScore).toBe(submitted.overallScore);
    expect(snapshot.selfReportedOverallLevel).toBe(4);
    expect(snapshot.overallLevel).toBe(3);
    expect(snapshot.disciplines).toContainEqual({ key: "strategy", level: 3, score: 3.8 });
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: "assessment.accept", entityId: w.assessmentId }, select: { after: true } });
    expect((audit.after as { validations: unknown }).validations).toEqual([{ practiceId: first.id, selfReported: 4, validated: 2, reason: "The survey has not run yet." }]);

    // Results: validated scores, the program's own beside them.
    const results = await getResults(w.council, w.assessmentId);
    expect(results.overall.score).toBe(snapshot.overallScore);
    expect(results.validation).toMatchObject({ selfReported: { overallLevel: 4 }, practices: [{ id: first.id, validated: 2, selfReported: 4, reason: "The survey has not run yet." }] });

    // Portfolio: validated by default, self-reported on request, and the optimism figure.
    const query = (levels?: string) => portfolioQuerySchema.parse({ agency: w.agency.id, ...(levels ? { levels } : {}) });
    const validated = await getPortfolio(w.council, query());
    expect(validated.entries[0]!.overall.score).toBe(snapshot.overallScore);
    expect(validated.entries[0]!.overall.level).toBe(3);
    expect(validated.entries[0]!.optimism).toBe(1);
    expect(validated.optimism).toEqual({ mean: 1, validatedDifferently: 1 });
    const selfReported = await getPortfolio(w.council, query("self-reported"));
    expect(selfReported.entries[0]!.overall).toEqual({ score: submitted.overallScore, level: 4 });

    // The raw answers: the validated level, the program's own and the reason.
    const rows = [];
    for await (const row of (await answerExportRows(w.council, query())).rows) rows.push(row);
    expect(rows.find((r) => r.level === 2)).toMatchObject({ selfReported: 4, validationReason: "The survey has not run yet." });
  });

  it("ignores validations on a return: the answers go back to the program as they were", async () => {
    const w = await submittedAt4();
    const returned = await reviewAssessment(w.council, {
      assessmentId: w.assessmentId,
      decision: "RETURNED",
      comment: "Please link the survey results.",
      expectedVersion: w.version,
      validations: [{ practiceId: w.practices[0]!.id, choice: 1, reason: "" }],
    });
    expect(returned).toEqual({ ok: true, value: { status: "RETURNED" } });
    expect(await prisma.answer.count({ where: { assessmentId: w.assessmentId, NOT: { level: 4 } } })).toBe(0);
  });
});
