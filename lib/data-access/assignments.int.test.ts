// Assigning disciplines and single practices: only the program's leads, only to its members; "My work" lists what is
// assigned to the person, with its progress and whether it is overdue; each change audited.
import { afterAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/scripts/lib/prisma";
import { createAgency, createCycle, createDraft, createUser, isNotFound, refusal } from "@/lib/testing/factories";
import { assignWork, getAssignments, listMyWork } from "./assignments";

const prisma = createPrismaClient(inject("databaseUrl"));
afterAll(() => prisma.$disconnect());

async function world() {
  const agency = await createAgency(prisma, ["Assigned", "Elsewhere"]);
  const [program, other] = agency.programs as [(typeof agency.programs)[0], (typeof agency.programs)[0]];
  const lead = await createUser(prisma, "LEAD", { programIds: [program.id] });
  const colleague = await createUser(prisma, "LEAD", { programIds: [program.id] });
  const outsider = await createUser(prisma, "LEAD", { programIds: [other.id] });
  const cco = await createUser(prisma, "CCO", { agencyId: agency.id });
  const cycle = await createCycle(prisma, "OPEN");
  const draft = await createDraft(prisma, program.id, cycle.id, lead.userId, 2, 3);
  return { program, lead, colleague, outsider, cco, cycle, ...draft };
}

describe("assignments", () => {
  it("let a lead assign a discipline to a member with a due date; the member's work lists it, overdue once the date has passed", async () => {
    const w = await world();
    const { disciplines, members } = await getAssignments(w.lead, w.assessmentId);
    expect(members.map((m) => m.id).sort()).toEqual([w.lead.userId, w.colleague.userId].sort());
    const strategy = disciplines[0]!;
    expect(await assignWork(w.lead, { assessmentId: w.assessmentId, disciplineKey: strategy.key, userId: w.colleague.userId, dueOn: "2020-01-31" })).toEqual({
      ok: true,
      value: { assigned: w.colleague.name },
    });
    const [work] = await listMyWork(w.colleague);
    expect(work).toMatchObject({ assessmentId: w.assessmentId, disciplineKey: strategy.key, name: strategy.name, practiceId: null, dueOn: "2020-01-31", answered: 2, state: "In progress", overdue: true });
    expect(await listMyWork(w.lead)).toEqual([]);

    // Clearing it: no one is assigned, and the colleague's list is empty again.
    expect(await assignWork(w.lead, { assessmentId: w.assessmentId, disciplineKey: strategy.key, userId: "", dueOn: "" })).toEqual({ ok: true, value: { assigned: null } });
    expect(await listMyWork(w.colleague)).toEqual([]);
    const audit = await prisma.auditEvent.findMany({ where: { entityId: w.assessmentId, action: "assignment.set" }, orderBy: { id: "asc" }, select: { before: true, after: true } });
    expect(audit).toEqual([
      { before: null, after: { disciplineKey: strategy.key, userId: w.colleague.userId, dueOn: "2020-01-31" } },
      { before: { disciplineKey: strategy.key, userId: w.colleague.userId, dueOn: "2020-01-31" }, after: { disciplineKey: strategy.key, userId: null } },
    ]);
  });

  it("let a lead give one practice to someone else: it is theirs alone, no longer counted in the discipline's assignee's work", async () => {
    const w = await world();
    const { disciplines } = await getAssignments(w.lead, w.assessmentId);
    const strategy = disciplines[0]!;
    const [first, second] = strategy.practices as [(typeof strategy.practices)[0], (typeof strategy.practices)[0]];
    await assignWork(w.lead, { assessmentId: w.assessmentId, disciplineKey: strategy.key, userId: w.colleague.userId, dueOn: "" });
    expect(await assignWork(w.lead, { assessmentId: w.assessmentId, disciplineKey: strategy.key, practiceKey: second.key, userId: w.lead.userId, dueOn: "2020-01-31" })).toEqual({
      ok: true,
      value: { assigned: w.lead.name },
    });

    // Two practices are answered: the first is the colleague's, the second the lead's.
    const secondId = w.practices.find((p) => p.key === second.key)!.id;
    expect(await listMyWork(w.lead)).toMatchObject([{ name: `${second.title} (${strategy.name})`, practiceId: secondId, dueOn: "2020-01-31", answered: 1, total: 1, state: "Done", overdue: false }]);
    expect(await listMyWork(w.colleague)).toMatchObject([{ name: strategy.name, practiceId: null, answered: 1, total: strategy.practices.length - 1 }]);
    const after = (await getAssignments(w.lead, w.assessmentId)).disciplines[0]!;
    expect(after).toMatchObject({ userId: w.colleague.userId, practices: expect.arrayContaining([{ key: first.key, title: first.title, userId: "", dueOn: "" }, { key: second.key, title: second.title, userId: w.lead.userId, dueOn: "2020-01-31" }]) });

    const told = await prisma.notification.findMany({ where: { userId: w.lead.userId, kind: "WORK_ASSIGNED" }, select: { title: true } });
    expect(told).toEqual([{ title: `${second.title} (${strategy.name}) assigned to you: ${w.program.name}, ${w.cycle.name}` }]);
    const audit = await prisma.auditEvent.findFirst({ where: { entityId: w.assessmentId, action: "assignment.set", after: { path: ["practiceKey"], equals: second.key } }, select: { after: true } });
    expect(audit?.after).toEqual({ disciplineKey: strategy.key, practiceKey: second.key, userId: w.lead.userId, dueOn: "2020-01-31" });

    // Handing the practice back: the discipline's assignee has all of it again.
    await assignWork(w.lead, { assessmentId: w.assessmentId, disciplineKey: strategy.key, practiceKey: second.key, userId: "", dueOn: "" });
    expect(await listMyWork(w.lead)).toEqual([]);
    expect(await listMyWork(w.colleague)).toMatchObject([{ answered: 2, total: strategy.practices.length }]);
  });

  it("refuse someone outside the program as assignee, an unknown discipline or practice, and anyone but the program's leads", async () => {
    const w = await world();
    expect(await assignWork(w.lead, { assessmentId: w.assessmentId, disciplineKey: "strategy", userId: w.outsider.userId, dueOn: "" })).toMatchObject({
      ok: false,
      fieldErrors: { userId: ["Choose one of the program's members"] },
    });
    expect(await assignWork(w.lead, { assessmentId: w.assessmentId, disciplineKey: "no-such", userId: w.colleague.userId, dueOn: "" })).toMatchObject({ ok: false });
    expect(await assignWork(w.lead, { assessmentId: w.assessmentId, disciplineKey: "strategy", practiceKey: "no-such", userId: w.colleague.userId, dueOn: "" })).toEqual({
      ok: false,
      message: "This practice is not part of this discipline.",
      fieldErrors: { practiceKey: ["Reload the page and try again"] },
    });
    for (const actor of [w.outsider, w.cco]) {
      expect(isNotFound(await refusal(assignWork(actor, { assessmentId: w.assessmentId, disciplineKey: "strategy", userId: w.colleague.userId, dueOn: "" })))).toBe(true);
      expect(isNotFound(await refusal(getAssignments(actor, w.assessmentId)))).toBe(true);
    }
    expect(await prisma.assignment.count({ where: { assessmentId: w.assessmentId } })).toBe(0);
  });
});
