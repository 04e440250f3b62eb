// Saving answers and submitting: validation, scope, optimistic locking and idempotency, on PostgreSQL.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/scripts/lib/prisma";
import { createAgency, createCycle, createDraft, createUser, isNotFound, refusal } from "@/lib/testing/factories";
import { answerSchema } from "@/lib/validation/answers";
import { saveAnswer } from "./questionnaire";
import { submitAssessment } from "./submission";
import { getResults } from "./results";

const prisma = createPrismaClient(inject("databaseUrl"));
afterAll(() => prisma.$disconnect());

// Every test gets its own programs: a program has one assessment per cycle.
async function makeWorld() {
  const agency = await createAgency(prisma, ["Mine", "Theirs"]);
  const [mine, theirs] = agency.programs as [(typeof agency.programs)[0], (typeof agency.programs)[0]];
  const lead = await createUser(prisma, "LEAD", { programIds: [mine.id] });
  const coLead = await createUser(prisma, "LEAD", { programIds: [mine.id] });
  const otherLead = await createUser(prisma, "LEAD", { programIds: [theirs.id] });
  const cco = await createUser(prisma, "CCO", { agencyId: agency.id });
  const council = await createUser(prisma, "COUNCIL");
  const cycle = await createCycle(prisma, "OPEN");
  return { mine, theirs, lead, coLead, otherLead, cco, council, cycle };
}

const input = (assessmentId: string, practiceId: string, over: Record<string, unknown> = {}) =>
  answerSchema.parse({ assessmentId, practiceId, choice: "3", evidenceNote: "", evidenceLinks: "", expectedVersion: 0, ...over });

describe("saveAnswer", () => {
  it("saves, records who and when, and audits before and after", async () => {
    const world = await makeWorld();
    const { assessmentId, practices } = await createDraft(prisma, world.mine.id, world.cycle.id, world.lead.userId);
    const first = await saveAnswer(world.lead, input(assessmentId, practices[0]!.id, { evidenceLinks: "https://example.gov/plan" }));
    expect(first).toMatchObject({ ok: true, answer: { choice: "3", version: 1, answeredBy: "Test LEAD", evidenceLinks: ["https://example.gov/plan"] } });
    const second = await saveAnswer(world.coLead, input(assessmentId, practices[0]!.id, { choice: "NA", expectedVersion: 1 }));
    expect(second).toMatchObject({ ok: true, answer: { choice: "NA", version: 2 } });
    const audit = await prisma.auditEvent.findMany({ where: { entityId: `${assessmentId}:${practices[0]!.id}` }, orderBy: { id: "asc" } });
    expect(audit.map((a) => [a.actorId, a.before, a.after])).toEqual([
      [world.lead.userId, null, { choice: "3", evidenceNote: "", evidenceLinks: ["https://example.gov/plan"], version: 1 }],
      [world.coLead.userId, { choice: "3", evidenceNote: "", evidenceLinks: ["https://example.gov/plan"], version: 1 }, { choice: "NA", evidenceNote: "", evidenceLinks: [], version: 2 }],
    ]);
  });

  it("detects a stale save and returns the other person's answer; a retry of the same save is not a conflict", async () => {
    const world = await makeWorld();
    const { assessmentId, practices } = await createDraft(prisma, world.mine.id, world.cycle.id, world.lead.userId);
    const practiceId = practices[1]!.id;
    await saveAnswer(world.lead, input(assessmentId, practiceId, { choice: "2" }));
    const stale = await saveAnswer(world.coLead, input(assessmentId, practiceId, { choice: "4" }));
    expect(stale).toMatchObject({ ok: false, conflict: { choice: "2", version: 1 } });
    const retry = await saveAnswer(world.lead, input(assessmentId, practiceId, { choice: "2" }));
    expect(retry).toMatchObject({ ok: true, answer: { choice: "2", version: 1 } });
    expect(await prisma.answer.findFirst({ where: { assessmentId, practiceId }, select: { level: true } })).toEqual({ level: 2 });
  });

  it("loses nothing when many saves race for the same new answer", async () => {
    const world = await makeWorld();
    const { assessmentId, practices } = await createDraft(prisma, world.mine.id, world.cycle.id, world.lead.userId);
    const results = await Promise.all(["1", "2", "3", "4", "5"].map((choice) => saveAnswer(world.lead, input(assessmentId, practices[2]!.id, { choice }))));
    const winners = results.filter((r) => r.ok);
    expect(winners).toHaveLength(1);
    expect(results.filter((r) => "conflict" in r)).toHaveLength(4);
    const stored = await prisma.answer.findFirstOrThrow({ where: { assessmentId, practiceId: practices[2]!.id }, select: { level: true } });
    expect(winners[0]!.ok && winners[0]!.answer.choice).toBe(String(stored.level));
  });

  it("refuses a practice of no model of this assessment, and writes nothing", async () => {
    const world = await makeWorld();
    const { assessmentId } = await createDraft(prisma, world.mine.id, world.cycle.id, world.lead.userId);
    const result = await saveAnswer(world.lead, input(assessmentId, randomUUID()));
    expect(result).toEqual({ ok: false, message: "This practice is not part of this assessment.", fieldErrors: { practiceId: ["Unknown practice"] } });
    expect(await prisma.answer.count({ where: { assessmentId } })).toBe(0);
  });

  it("is 'not found' for anyone but the program's leads, and writes nothing", async () => {
    const world = await makeWorld();
    const { assessmentId, practices } = await createDraft(prisma, world.mine.id, world.cycle.id, world.lead.userId);
    for (const actor of [world.otherLead, world.cco, world.council]) {
      expect(isNotFound(await refusal(saveAnswer(actor, input(assessmentId, practices[0]!.id))))).toBe(true);
    }
    expect(await prisma.answer.count({ where: { assessmentId } })).toBe(0);
  });

  it("refuses changes to a submitted assessment with a message", async () => {
    const world = await makeWorld();
    const { assessmentId, practices } = await createDraft(prisma, world.mine.id, world.cycle.id, world.lead.userId, 1000);
    expect(await submitAssessment(world.lead, { assessmentId, submitKey: randomUUID() })).toMatchObject({ ok: true });
    const result = await saveAnswer(world.lead, input(assessmentId, practices[0]!.id, { choice: "5", expectedVersion: 1 }));
    expect(result).toEqual({ ok: false, message: "This assessment has been submitted. It is read-only until the council returns it." });
  });
});

describe("answerSchema", () => {
  const base = { assessmentId: randomUUID(), practiceId: randomUUID(), choice: "3", expectedVersion: 0 };
  it.each([
    [{ choice: "6" }, "Choose a level from 1 to 5, or “Not applicable”"],
    [{ choice: "0" }, "Choose a level from 1 to 5, or “Not applicable”"],
    [{ evidenceNote: "a 4,001-character note".padEnd(4001, ".") }, "The evidence note must be 4,000 characters or fewer"],
    [{ evidenceLinks: "javascript:alert(1)" }, "Each evidence link must be a full web address starting with https:// or http://"],
    [{ evidenceLinks: Array.from({ length: 11 }, (_, i) => `https://e.gov/${i}`).join("\n") }, "Give at most 10 evidence links"],
    [{ practiceId: "1 OR 1=1" }, "This practice does not exist"],
  ])("%o → %s", (over, message) => {
    const result = answerSchema.safeParse({ ...base, ...over });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toContain(message);
  });
});

describe("submitAssessment", () => {
  it("refuses an incomplete assessment with the count of missing practices", async () => {
    const world = await makeWorld();
    const { assessmentId, practices } = await createDraft(prisma, world.mine.id, world.cycle.id, world.lead.userId, 3);
    const result = await submitAssessment(world.lead, { assessmentId, submitKey: randomUUID() });
    expect(result).toEqual({ ok: false, message: `${practices.length - 3} practices are not answered yet. Answer each one or mark it “not applicable”, then submit.` });
    expect((await prisma.assessment.findUniqueOrThrow({ where: { id: assessmentId } })).status).toBe("DRAFT");
  });

  it("submits once under concurrent retries with one key", async () => {
    const world = await makeWorld();
    const { assessmentId } = await createDraft(prisma, world.mine.id, world.cycle.id, world.lead.userId, 1000);
    const key = randomUUID();
    const results = await Promise.all(Array.from({ length: 4 }, () => submitAssessment(world.lead, { assessmentId, submitKey: key })));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await prisma.auditEvent.count({ where: { entityId: assessmentId, action: "assessment.submit" } })).toBe(1);
    expect(await prisma.assessment.findUniqueOrThrow({ where: { id: assessmentId }, select: { status: true, version: true, submittedById: true } })).toEqual({
      status: "SUBMITTED",
      version: 2,
      submittedById: world.lead.userId,
    });
  });

  it("is 'not found' for other roles and other programs' leads", async () => {
    const world = await makeWorld();
    const { assessmentId } = await createDraft(prisma, world.mine.id, world.cycle.id, world.lead.userId, 1000);
    for (const actor of [world.otherLead, world.cco, world.council]) {
      expect(isNotFound(await refusal(submitAssessment(actor, { assessmentId, submitKey: randomUUID() })))).toBe(true);
    }
    expect((await prisma.assessment.findUniqueOrThrow({ where: { id: assessmentId } })).status).toBe("DRAFT");
  });
});

describe("getResults", () => {
  it("scores the submitted answers and ranks gaps against default targets", async () => {
    const world = await makeWorld();
    const { assessmentId } = await createDraft(prisma, world.mine.id, world.cycle.id, world.lead.userId, 1000, 2);
    await submitAssessment(world.lead, { assessmentId, submitKey: randomUUID() });
    const results = await getResults(world.cco, assessmentId);
    expect(results.overall).toEqual({ score: 2, level: 2, completeness: 1 });
    expect(results.disciplines.every((d) => d.level === 2 && d.target === 3 && d.gap === 1 && d.targetIsDefault)).toBe(true);
    expect(results.canSetTargets).toBe(true); // the agency's CCO adjusts targets
    expect((await getResults(world.council, assessmentId)).canSetTargets).toBe(false);
    const strategy = results.gaps.find((g) => g.key === "strategy")!;
    expect(strategy.practicesBelowTarget.length).toBeGreaterThan(0);
    expect(strategy.resources.length).toBeGreaterThan(0);
    expect(isNotFound(await refusal(getResults(world.otherLead, assessmentId)))).toBe(true);
  });
});
