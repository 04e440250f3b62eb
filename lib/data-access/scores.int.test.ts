// Score snapshots and each program's baseline/latest pointers on PostgreSQL: what dashboards read
// instead of rescoring every answer.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/scripts/lib/prisma";
import { createAgency, createCycle, createDraft, createUser } from "@/lib/testing/factories";
import { snapshotOf } from "@/lib/scoring/snapshot";
import { reviewAssessment } from "./reviews";
import { loadModelLevels, loadModelShapes, scoreAssessments, submittedScores } from "./internal/scores";
import { submitAssessment } from "./submission";

const prisma = createPrismaClient(inject("databaseUrl"));
afterAll(() => prisma.$disconnect());

const snapshotRow = (assessmentId: string) =>
  prisma.scoreSnapshot.findUnique({ where: { assessmentId }, select: { overallScore: true, overallLevel: true, disciplines: true } });

describe("score snapshots", () => {
  it("are taken on submit, equal to rescoring the answers, and dropped when the council returns the assessment", async () => {
    const agency = await createAgency(prisma, ["Snap"]);
    const lead = await createUser(prisma, "LEAD", { programIds: [agency.programs[0]!.id] });
    const council = await createUser(prisma, "COUNCIL");
    const cycle = await createCycle(prisma, "OPEN");
    const { assessmentId, practices } = await createDraft(prisma, agency.programs[0]!.id, cycle.id, lead.userId, 1000, 2);
    // Mixed answers, so the overall and discipline results differ from a flat level: every strategy practice at 5.
    const strategy = await prisma.practice.findMany({ where: { id: { in: practices.map((p) => p.id) }, discipline: { key: "strategy" } }, select: { id: true } });
    await prisma.answer.updateMany({ where: { assessmentId, practiceId: { in: strategy.map((p) => p.id) } }, data: { level: 5, evidenceNote: "The strategy is reviewed every year." } });
    expect(await snapshotRow(assessmentId)).toBeNull();

    expect(await submitAssessment(lead, { assessmentId, submitKey: randomUUID() })).toMatchObject({ ok: true });
    const { modelId, version } = await prisma.assessment.findUniqueOrThrow({ where: { id: assessmentId }, select: { modelId: true, version: true } });
    const rescored = snapshotOf((await scoreAssessments([{ id: assessmentId, modelId }])).get(assessmentId)!.score);
    expect(await snapshotRow(assessmentId)).toEqual(rescored);
    expect(rescored.disciplines[0]).toEqual({ key: "strategy", score: 5, level: 5 });

    const returned = await reviewAssessment(council, { assessmentId, decision: "RETURNED", comment: "Please add evidence for strategy.", expectedVersion: version });
    expect(returned).toMatchObject({ ok: true });
    expect(await snapshotRow(assessmentId)).toBeNull();
  });

  it("are what dashboards read, and a missing one is rescored from the answers", async () => {
    const agency = await createAgency(prisma, ["Stored", "Unstored"]);
    const lead = await createUser(prisma, "LEAD", { programIds: agency.programs.map((p) => p.id) });
    const cycle = await createCycle(prisma, "CLOSED");
    const stored = await createDraft(prisma, agency.programs[0]!.id, cycle.id, lead.userId, 1000, 3);
    const unstored = await createDraft(prisma, agency.programs[1]!.id, cycle.id, lead.userId, 1000, 3);
    const { modelId } = await prisma.assessment.findUniqueOrThrow({ where: { id: stored.assessmentId }, select: { modelId: true } });
    // A stored value that rescoring could never give proves the snapshot is the one read.
    await prisma.scoreSnapshot.create({ data: { assessmentId: stored.assessmentId, overallScore: 4.4, overallLevel: 4, disciplines: [{ key: "strategy", score: 4.4, level: 4 }] } });

    const scores = await submittedScores([
      { id: stored.assessmentId, modelId },
      { id: unstored.assessmentId, modelId },
    ]);
    expect(scores.get(stored.assessmentId)).toMatchObject({ overallScore: 4.4, overallLevel: 4 });
    expect(scores.get(unstored.assessmentId)).toMatchObject({ overallScore: 3, overallLevel: 3 });
    expect(scores.get(unstored.assessmentId)?.disciplines).toHaveLength(6);
  });
});

describe("a program's baseline and latest accepted assessment", () => {
  const standing = async (programId: string) =>
    prisma.program.findUniqueOrThrow({ where: { id: programId }, select: { baselineAssessmentId: true, latestAssessmentId: true } });

  it("follow acceptance, cycle order and deletion, whatever writes them", async () => {
    const agency = await createAgency(prisma, ["Standing"]);
    const programId = agency.programs[0]!.id;
    const lead = await createUser(prisma, "LEAD", { programIds: [programId] });
    // Far in the past, so moving them reorders nothing of other tests.
    const early = await createCycle(prisma, "CLOSED", new Date("1970-10-01"));
    const late = await createCycle(prisma, "CLOSED", new Date("1971-10-01"));
    const a = await createDraft(prisma, programId, early.id, lead.userId);
    const b = await createDraft(prisma, programId, late.id, lead.userId);
    expect(await standing(programId)).toEqual({ baselineAssessmentId: null, latestAssessmentId: null });
    const accepted = { status: "ACCEPTED" as const, submittedAt: new Date(), submittedById: lead.userId };

    await prisma.assessment.update({ where: { id: b.assessmentId }, data: accepted });
    expect(await standing(programId)).toEqual({ baselineAssessmentId: b.assessmentId, latestAssessmentId: b.assessmentId });

    // Accepted later, but of the earlier cycle: it becomes the baseline, not the latest.
    await prisma.assessment.update({ where: { id: a.assessmentId }, data: accepted });
    expect(await standing(programId)).toEqual({ baselineAssessmentId: a.assessmentId, latestAssessmentId: b.assessmentId });

    await prisma.cycle.update({ where: { id: early.id }, data: { startsOn: new Date("1972-10-01"), endsOn: new Date("1973-10-01") } });
    expect(await standing(programId)).toEqual({ baselineAssessmentId: b.assessmentId, latestAssessmentId: a.assessmentId });

    await prisma.assessment.delete({ where: { id: a.assessmentId } });
    expect(await standing(programId)).toEqual({ baselineAssessmentId: b.assessmentId, latestAssessmentId: b.assessmentId });

    await prisma.assessment.update({ where: { id: b.assessmentId }, data: { status: "RETURNED" } });
    expect(await standing(programId)).toEqual({ baselineAssessmentId: null, latestAssessmentId: null });
  });

  it("stay right when two assessments of one program are accepted at the same moment", async () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      const agency = await createAgency(prisma, ["Racing"]);
      const programId = agency.programs[0]!.id;
      const lead = await createUser(prisma, "LEAD", { programIds: [programId] });
      const early = await createCycle(prisma, "CLOSED", new Date("1974-10-01"));
      const late = await createCycle(prisma, "CLOSED", new Date("1975-10-01"));
      const a = await createDraft(prisma, programId, early.id, lead.userId);
      const b = await createDraft(prisma, programId, late.id, lead.userId);
      const accepted = { status: "ACCEPTED" as const, submittedAt: new Date(), submittedById: lead.userId };
      await Promise.all([
        prisma.assessment.update({ where: { id: a.assessmentId }, data: accepted }),
        prisma.assessment.update({ where: { id: b.assessmentId }, data: accepted }),
      ]);
      expect(await standing(programId)).toEqual({ baselineAssessmentId: a.assessmentId, latestAssessmentId: b.assessmentId });
    }
  });
});

describe("model versions", () => {
  it("are read once per process: a second scoring reads only the answers, and finds what a fresh read finds", async () => {
    const { id: modelId } = await prisma.maturityModel.findFirstOrThrow({ where: { isCurrent: true }, select: { id: true } });
    const reads: string[] = [];
    // The real client, counting which tables are read.
    const counting = {
      maturityModel: { findMany: ((args) => (reads.push("model"), prisma.maturityModel.findMany(args))) as typeof prisma.maturityModel.findMany },
      discipline: { findMany: ((args) => (reads.push("discipline"), prisma.discipline.findMany(args))) as typeof prisma.discipline.findMany },
      answer: { findMany: ((args) => (reads.push("answer"), prisma.answer.findMany(args))) as typeof prisma.answer.findMany },
    } as unknown as Parameters<typeof loadModelShapes>[1];
    const assessment = { id: randomUUID(), modelId };
    await scoreAssessments([assessment], counting);
    reads.length = 0;
    const { shape } = (await scoreAssessments([assessment], counting)).get(assessment.id)!;
    expect(reads).toEqual(["answer"]);

    const fresh = await prisma.discipline.findMany({ where: { modelId }, orderBy: { position: "asc" }, select: { key: true, practices: { orderBy: { position: "asc" }, select: { key: true } } } });
    expect(shape.disciplines.map((d) => ({ key: d.key, practices: d.practices.map((p) => ({ key: p.key })) }))).toEqual(fresh);
    expect(await loadModelLevels(modelId)).toEqual(await prisma.level.findMany({ where: { modelId }, orderBy: { rank: "asc" }, select: { rank: true, name: true } }));
  });
});
