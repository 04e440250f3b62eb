// Starting a cycle from the last accepted answers: copied with their evidence and marked carried
// over; saved unchanged they stay carried, changed or confirmed they are the person's own; submission
// waits for every one; all audited.
import { afterAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/scripts/lib/prisma";
import { createAgency, createCycle, createDraft, createUser, isNotFound, refusal } from "@/lib/testing/factories";
import { answerSchema } from "@/lib/validation/answers";
import { startAssessment } from "./assessments";
import { confirmCarriedAnswers, saveAnswer } from "./questionnaire";
import { getResults } from "./results";
import { getCheckAnswers, submitAssessment } from "./submission";

const prisma = createPrismaClient(inject("databaseUrl"));
afterAll(() => prisma.$disconnect());

async function world() {
  const agency = await createAgency(prisma, ["Carried", "Other"]);
  const [program, other] = agency.programs as [(typeof agency.programs)[0], (typeof agency.programs)[0]];
  const lead = await createUser(prisma, "LEAD", { programIds: [program.id] });
  const otherLead = await createUser(prisma, "LEAD", { programIds: [other.id] });
  const lastYear = await createCycle(prisma, "CLOSED", new Date("2029-10-01"));
  const thisYear = await createCycle(prisma, "OPEN", new Date("2030-10-01"));
  const accepted = await createDraft(prisma, program.id, lastYear.id, lead.userId, 1000, 3);
  await prisma.assessment.update({ where: { id: accepted.assessmentId }, data: { status: "ACCEPTED", submittedAt: new Date("2030-06-01"), submittedById: lead.userId } });
  const first = accepted.practices[0]!;
  await prisma.answer.update({
    where: { assessmentId_practiceId: { assessmentId: accepted.assessmentId, practiceId: first.id } },
    data: { level: 4, evidenceNote: "Journey maps for the top tasks", evidenceLinks: ["https://example.gov/maps"] },
  });
  return { program, other, lead, otherLead, lastYear, thisYear, accepted, practices: accepted.practices };
}

describe("carry forward", () => {
  it("copies the last accepted answers with their evidence, each carried over, and audits where they came from", async () => {
    const w = await world();
    const started = await startAssessment(w.lead, { programId: w.program.id, cycleId: w.thisYear.id, start: "carry" });
    if (!started.ok) throw new Error(started.message);
    const answers = await prisma.answer.findMany({ where: { assessmentId: started.value.assessmentId }, select: { practiceId: true, level: true, evidenceNote: true, evidenceLinks: true, carriedOver: true } });
    expect(answers).toHaveLength(w.practices.length);
    expect(answers.every((a) => a.carriedOver)).toBe(true);
    expect(answers.find((a) => a.practiceId === w.practices[0]!.id)).toMatchObject({ level: 4, evidenceNote: "Journey maps for the top tasks", evidenceLinks: ["https://example.gov/maps"] });
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: started.value.assessmentId, action: "assessment.start" }, select: { after: true } });
    expect(audit.after).toMatchObject({ carriedFrom: w.accepted.assessmentId, carriedAnswers: w.practices.length });
    expect(await prisma.assessment.findUniqueOrThrow({ where: { id: started.value.assessmentId }, select: { carriedFromId: true } })).toEqual({ carriedFromId: w.accepted.assessmentId });
  });

  it("refuses to carry forward when there is nothing accepted to start from, and starts blank when asked", async () => {
    const w = await world();
    const blank = await startAssessment(w.otherLead, { programId: w.other.id, cycleId: w.thisYear.id, start: "carry" });
    expect(blank).toMatchObject({ ok: false, fieldErrors: { start: ["Choose “Start blank”"] } });
    const started = await startAssessment(w.lead, { programId: w.program.id, cycleId: w.thisYear.id, start: "blank" });
    if (!started.ok) throw new Error(started.message);
    expect(await prisma.answer.count({ where: { assessmentId: started.value.assessmentId } })).toBe(0);
  });

  it("keeps a carried answer saved unchanged waiting; a changed or confirmed one is the person's; submission waits for every one", async () => {
    const w = await world();
    const started = await startAssessment(w.lead, { programId: w.program.id, cycleId: w.thisYear.id, start: "carry" });
    if (!started.ok) throw new Error(started.message);
    const assessmentId = started.value.assessmentId;
    const [p1, p2] = w.practices as [(typeof w.practices)[0], (typeof w.practices)[0]];
    const save = (practiceId: string, choice: string, expectedVersion: number, evidenceNote = "") =>
      saveAnswer(w.lead, answerSchema.parse({ assessmentId, practiceId, choice, evidenceNote, evidenceLinks: practiceId === p1.id ? "https://example.gov/maps" : "", expectedVersion }));

    // The page's "Save and continue" re-saves every answer: unchanged, it is still carried over.
    expect(await save(p1.id, "4", 1, "Journey maps for the top tasks")).toMatchObject({ ok: true, answer: { carriedOver: true, version: 2 } });
    expect(await save(p2.id, "2", 1)).toMatchObject({ ok: true, answer: { carriedOver: false } });

    const check = await getCheckAnswers(w.lead, assessmentId);
    expect(check.unconfirmed).toHaveLength(w.practices.length - 1);
    expect(check.unconfirmed[0]).toBe((await prisma.practice.findUniqueOrThrow({ where: { id: p1.id }, select: { title: true } })).title);
    const refused = await submitAssessment(w.lead, { assessmentId, submitKey: crypto.randomUUID() });
    expect(refused).toMatchObject({ ok: false, message: expect.stringContaining(`${w.practices.length - 1} answers carried over from the last accepted assessment are not confirmed yet`) });

    // Someone outside the program cannot confirm them.
    expect(isNotFound(await refusal(confirmCarriedAnswers(w.otherLead, { assessmentId, disciplineKey: "strategy" })))).toBe(true);
    const disciplines = await prisma.discipline.findMany({ where: { practices: { some: { id: { in: w.practices.map((p) => p.id) } } } }, select: { key: true } });
    let confirmed = 0;
    for (const d of disciplines) {
      const result = await confirmCarriedAnswers(w.lead, { assessmentId, disciplineKey: d.key });
      if (!result.ok) throw new Error(result.message);
      confirmed += result.value.confirmed;
    }
    expect(confirmed).toBe(w.practices.length - 1);
    expect(await prisma.answer.count({ where: { assessmentId, carriedOver: true } })).toBe(0);
    expect(await prisma.auditEvent.count({ where: { entityId: assessmentId, action: "answer.confirm-carried" } })).toBe(disciplines.length);
    expect(await submitAssessment(w.lead, { assessmentId, submitKey: crypto.randomUUID() })).toEqual({ ok: true, value: { alreadySubmitted: false } });

    // The results say what changed since last year's accepted assessment: the one answer changed.
    const { changes } = await getResults(w.lead, assessmentId);
    const title = (await prisma.practice.findUniqueOrThrow({ where: { id: p2.id }, select: { title: true } })).title;
    expect(changes).toEqual({ cycleName: w.lastYear.name, rows: [{ disciplineName: expect.any(String), title, before: 3, after: 2 }] });
  });
});
