// Many people at once on one assessment: nothing is lost, conflicts are reported, decisions happen once.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/scripts/lib/prisma";
import { createAgency, createCycle, createDraft, createUser } from "@/lib/testing/factories";
import { answerSchema } from "@/lib/validation/answers";
import { saveAnswer } from "./questionnaire";
import { reviewAssessment } from "./reviews";
import { scoreAssessments } from "./internal/scores";
import { snapshotOf } from "@/lib/scoring/snapshot";
import { submitAssessment } from "./submission";

const prisma = createPrismaClient(inject("databaseUrl"));
afterAll(() => prisma.$disconnect());

const PARALLEL = 20;

async function program() {
  const agency = await createAgency(prisma, ["Busy"]);
  const programId = agency.programs[0]!.id;
  // One lead per session: different people, each with their own session.
  const leads = await Promise.all(Array.from({ length: PARALLEL }, () => createUser(prisma, "LEAD", { programIds: [programId] })));
  const cycle = await createCycle(prisma, "OPEN");
  return { programId, leads, cycle };
}

const answer = (assessmentId: string, practiceId: string, choice: string, expectedVersion = 0) =>
  answerSchema.parse({ assessmentId, practiceId, choice, evidenceNote: `by ${choice}`, evidenceLinks: "", expectedVersion });

describe(`${PARALLEL} parallel autosaves to one assessment`, () => {
  it("to different practices: every one is saved and audited", async () => {
    const { programId, leads, cycle } = await program();
    const { assessmentId, practices } = await createDraft(prisma, programId, cycle.id, leads[0]!.userId);
    const results = await Promise.all(leads.map((lead, i) => saveAnswer(lead, answer(assessmentId, practices[i]!.id, String((i % 5) + 1)))));
    expect(results.filter((r) => r.ok)).toHaveLength(PARALLEL);
    const stored = await prisma.answer.findMany({ where: { assessmentId }, select: { practiceId: true, level: true, answeredById: true } });
    expect(stored).toHaveLength(PARALLEL);
    for (const [i, lead] of leads.entries()) {
      expect(stored.find((a) => a.practiceId === practices[i]!.id)).toEqual({ practiceId: practices[i]!.id, level: (i % 5) + 1, answeredById: lead.userId });
    }
    expect(await prisma.auditEvent.count({ where: { action: "answer.save", entityId: { startsWith: `${assessmentId}:` } } })).toBe(PARALLEL);
  });

  it("to the same practice from the same version: one wins, every other gets a conflict showing the winner's answer", async () => {
    const { programId, leads, cycle } = await program();
    const { assessmentId, practices } = await createDraft(prisma, programId, cycle.id, leads[0]!.userId);
    const practiceId = practices[0]!.id;
    // Two distinct contents per level would make some racers "retries" of the winner: give each its own note.
    const results = await Promise.all(
      leads.map((lead, i) => saveAnswer(lead, answerSchema.parse({ assessmentId, practiceId, choice: String((i % 5) + 1), evidenceNote: `lead ${i}`, evidenceLinks: "", expectedVersion: 0 }))),
    );
    const winners = results.filter((r) => r.ok);
    const conflicts = results.flatMap((r) => ("conflict" in r ? [r.conflict] : []));
    expect(winners).toHaveLength(1);
    expect(conflicts).toHaveLength(PARALLEL - 1);
    const stored = await prisma.answer.findFirstOrThrow({ where: { assessmentId, practiceId }, select: { evidenceNote: true, version: true } });
    expect(stored.version).toBe(1);
    for (const theirs of conflicts) expect(theirs).toMatchObject({ evidenceNote: stored.evidenceNote, version: 1 });
    expect(await prisma.auditEvent.count({ where: { action: "answer.save", entityId: `${assessmentId}:${practiceId}` } })).toBe(1);
  });

  it("racing a submit: no answer changes after the submission's score snapshot", async () => {
    const { programId, leads, cycle } = await program();
    const { assessmentId, practices } = await createDraft(prisma, programId, cycle.id, leads[0]!.userId, 1000, 3);
    const saves = leads.map((lead, i) => saveAnswer(lead, answer(assessmentId, practices[i]!.id, "5", 1)));
    const [submitted, ...saved] = await Promise.all([submitAssessment(leads[0]!, { assessmentId, submitKey: randomUUID() }), ...saves]);
    expect(submitted.ok).toBe(true);
    const refused = saved.filter((r) => !r.ok);
    for (const r of refused) expect(r).toMatchObject({ ok: false, message: "This assessment has been submitted. It is read-only until the council returns it." });
    const { modelId } = await prisma.assessment.findUniqueOrThrow({ where: { id: assessmentId }, select: { modelId: true } });
    const snapshot = await prisma.scoreSnapshot.findUniqueOrThrow({ where: { assessmentId }, select: { overallScore: true, overallLevel: true, disciplines: true } });
    expect(snapshot).toEqual(snapshotOf((await scoreAssessments([{ id: assessmentId, modelId }])).get(assessmentId)!.score));
    expect(await prisma.answer.count({ where: { assessmentId, level: 5 } })).toBe(PARALLEL - refused.length);
  });
});

describe("two council members deciding one submission at once", () => {
  it("produce exactly one decision", async () => {
    const { programId, leads, cycle } = await program();
    const { assessmentId } = await createDraft(prisma, programId, cycle.id, leads[0]!.userId, 1000, 3);
    expect((await submitAssessment(leads[0]!, { assessmentId, submitKey: randomUUID() })).ok).toBe(true);
    const { version } = await prisma.assessment.findUniqueOrThrow({ where: { id: assessmentId }, select: { version: true } });
    const [one, two] = await Promise.all([createUser(prisma, "COUNCIL"), createUser(prisma, "COUNCIL")]);
    const results = await Promise.all([
      reviewAssessment(one, { assessmentId, decision: "ACCEPTED", comment: "", expectedVersion: version }),
      reviewAssessment(two, { assessmentId, decision: "RETURNED", comment: "Please add evidence for design.", expectedVersion: version }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, message: expect.stringMatching(/Someone else changed this assessment|not waiting for review/) });
    expect(await prisma.review.count({ where: { assessmentId } })).toBe(1);
    const winner = results[0]!.ok ? "ACCEPTED" : "RETURNED";
    expect((await prisma.assessment.findUniqueOrThrow({ where: { id: assessmentId }, select: { status: true } })).status).toBe(winner);
  });
});
