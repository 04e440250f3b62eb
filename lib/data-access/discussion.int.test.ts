// The discussion of a practice: whoever may read the assessment's answers takes part; a mention
// tells only people who can see the assessment (anyone else is refused); leads clear the flags.
import { afterAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/scripts/lib/prisma";
import { createAgency, createCycle, createDraft, createUser, isNotFound, refusal } from "@/lib/testing/factories";
import { addComment, clearNeedsLook, getDiscussion } from "./discussion";
import { reviewAssessment } from "./reviews";

const prisma = createPrismaClient(inject("databaseUrl"));
afterAll(() => prisma.$disconnect());

async function world() {
  const agency = await createAgency(prisma, ["Discussed", "Elsewhere"]);
  const [program, other] = agency.programs as [(typeof agency.programs)[0], (typeof agency.programs)[0]];
  const lead = await createUser(prisma, "LEAD", { programIds: [program.id] });
  const colleague = await createUser(prisma, "LEAD", { programIds: [program.id] });
  const outsider = await createUser(prisma, "LEAD", { programIds: [other.id] });
  const cco = await createUser(prisma, "CCO", { agencyId: agency.id });
  const council = await createUser(prisma, "COUNCIL");
  const cycle = await createCycle(prisma, "OPEN");
  const draft = await createDraft(prisma, program.id, cycle.id, lead.userId, 40);
  return { program, lead, colleague, outsider, cco, council, ...draft, practiceId: draft.practices[0]!.id };
}

describe("a practice's discussion", () => {
  it("takes a comment that mentions a colleague, who is notified; a flag stays until a lead clears it", async () => {
    const w = await world();
    const ids = { assessmentId: w.assessmentId, practiceId: w.practiceId };
    const body = `@${w.colleague.email} can you check the survey data? See https://digital.gov/guides/`;
    expect(await addComment(w.lead, { ...ids, body, needsLook: true })).toMatchObject({ ok: true });
    const d = await getDiscussion(w.colleague, w.assessmentId, w.practiceId);
    expect(d.comments).toMatchObject([{ body, needsLook: true, clearedAt: null, author: { name: w.lead.name } }]);
    expect(d.openFlags).toBe(1);
    expect(d.canClearFlags).toBe(true);
    const [told] = await prisma.notification.findMany({ where: { userId: w.colleague.userId, kind: "MENTIONED" }, select: { title: true, link: true } });
    expect(told).toEqual({ title: `${w.lead.name} mentioned you: ${d.practice.title}, ${w.program.name}`, link: `/assessments/${w.assessmentId}/practices/${w.practiceId}/discussion` });
    expect(await prisma.notification.count({ where: { userId: w.lead.userId, kind: "MENTIONED" } })).toBe(0);

    expect(await clearNeedsLook(w.colleague, ids)).toEqual({ ok: true, value: { cleared: 1 } });
    expect((await getDiscussion(w.lead, w.assessmentId, w.practiceId)).openFlags).toBe(0);
    const audit = await prisma.auditEvent.findMany({ where: { entityId: w.assessmentId, action: { startsWith: "comment." } }, orderBy: { id: "asc" }, select: { action: true, actorId: true } });
    expect(audit).toEqual([
      { action: "comment.add", actorId: w.lead.userId },
      { action: "comment.clear-flags", actorId: w.colleague.userId },
    ]);
  });

  it("refuses a mention of someone who cannot see the assessment, and writes nothing", async () => {
    const w = await world();
    const ids = { assessmentId: w.assessmentId, practiceId: w.practiceId };
    for (const who of [w.outsider, w.cco, w.council]) {
      const result = await addComment(w.lead, { ...ids, body: `What do you think, @${who.email}?`, needsLook: false });
      expect(result).toMatchObject({ ok: false, message: `@${who.email} cannot see this assessment. Mention only people who can: the program's members.` });
    }
    expect(await addComment(w.lead, { ...ids, body: "@nobody@example.gov?", needsLook: false })).toMatchObject({ ok: false });
    expect(await prisma.comment.count({ where: { assessmentId: w.assessmentId } })).toBe(0);
  });

  it("is closed to those who may not read the answers: a draft's to its CCO and the council, any to another program's lead", async () => {
    const w = await world();
    const ids = { assessmentId: w.assessmentId, practiceId: w.practiceId };
    for (const actor of [w.outsider, w.cco, w.council]) {
      expect(isNotFound(await refusal(getDiscussion(actor, w.assessmentId, w.practiceId)))).toBe(true);
      expect(isNotFound(await refusal(addComment(actor, { ...ids, body: "Hello", needsLook: false })))).toBe(true);
    }
    // A practice of another model version is not part of the assessment.
    const foreign = await prisma.practice.findFirstOrThrow({ where: { discipline: { model: { isCurrent: false } } }, select: { id: true } });
    expect(isNotFound(await refusal(getDiscussion(w.lead, w.assessmentId, foreign.id)))).toBe(true);

    // Submitted: the CCO and the council take part and can be mentioned; only leads clear flags.
    await prisma.assessment.update({ where: { id: w.assessmentId }, data: { status: "SUBMITTED", submittedAt: new Date(), submittedById: w.lead.userId } });
    expect(await addComment(w.council, { ...ids, body: `@${w.cco.email} please confirm the evidence.`, needsLook: true })).toMatchObject({ ok: true });
    expect(await prisma.notification.count({ where: { userId: w.cco.userId, kind: "MENTIONED" } })).toBe(1);
    expect(isNotFound(await refusal(clearNeedsLook(w.council, ids)))).toBe(true);
    // Submitted, the answers cannot change: the council's flag stands until a return opens them again.
    expect(await clearNeedsLook(w.lead, ids)).toMatchObject({ ok: false });
    expect((await getDiscussion(w.lead, w.assessmentId, w.practiceId)).openFlags).toBe(1);
    expect((await getDiscussion(w.cco, w.assessmentId, w.practiceId)).canClearFlags).toBe(false);
  });

  it("opens with a council return that names practices: a flagged comment on each, named in the lead's notification", async () => {
    const w = await world();
    const [first, second] = [w.practices[0]!, w.practices[1]!];
    await prisma.assessment.update({ where: { id: w.assessmentId }, data: { status: "SUBMITTED", submittedAt: new Date(), submittedById: w.lead.userId } });
    const { version } = await prisma.assessment.findUniqueOrThrow({ where: { id: w.assessmentId }, select: { version: true } });
    const foreign = await prisma.practice.findFirstOrThrow({ where: { discipline: { model: { isCurrent: false } } }, select: { id: true } });
    const decision = { assessmentId: w.assessmentId, decision: "RETURNED" as const, comment: "Evidence is thin in two places.", expectedVersion: version };
    expect(await reviewAssessment(w.council, { ...decision, practiceComments: [{ practiceId: foreign.id, comment: "Not ours" }] })).toMatchObject({ ok: false });
    expect(await prisma.review.count({ where: { assessmentId: w.assessmentId } })).toBe(0);

    const practiceComments = [
      { practiceId: second.id, comment: "Which survey is this?" },
      { practiceId: first.id, comment: "Link the charter, please." },
    ];
    expect(await reviewAssessment(w.council, { ...decision, practiceComments })).toEqual({ ok: true, value: { status: "RETURNED" } });
    const comments = await prisma.comment.findMany({ where: { assessmentId: w.assessmentId }, orderBy: { body: "asc" }, select: { practiceId: true, body: true, needsLook: true, authorId: true } });
    expect(comments).toEqual([
      { practiceId: first.id, body: "Link the charter, please.", needsLook: true, authorId: w.council.userId },
      { practiceId: second.id, body: "Which survey is this?", needsLook: true, authorId: w.council.userId },
    ]);
    const titles = await prisma.practice.findMany({ where: { id: { in: [first.id, second.id] } }, orderBy: [{ discipline: { position: "asc" } }, { position: "asc" }], select: { title: true } });
    const [told] = await prisma.notification.findMany({ where: { userId: w.lead.userId, kind: "RETURNED" }, select: { body: true } });
    expect(told!.body).toContain(`It comments on 2 practices, in their discussion: ${titles.map((t) => t.title).join("; ")}.`);
    expect((await getDiscussion(w.lead, w.assessmentId, first.id)).openFlags).toBe(1);
  });
});
