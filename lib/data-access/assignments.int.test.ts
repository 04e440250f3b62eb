// Assigning disciplines: only the program's leads, only to its members; "My work" lists what is
// assigned to the person, with its progress and whether it is overdue; each change audited.
import { afterAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/scripts/lib/prisma";
import { createAgency, createCycle, createDraft, createUser, isNotFound, refusal } from "@/lib/testing/factories";
import { assignDiscipline, getAssignments, listMyWork } from "./assignments";

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
    expect(await assignDiscipline(w.lead, { assessmentId: w.assessmentId, disciplineKey: strategy.key, userId: w.colleague.userId, dueOn: "2020-01-31" })).toEqual({
      ok: true,
      value: { assigned: w.colleague.name },
    });
    const [work] = await listMyWork(w.colleague);
    expect(work).toMatchObject({ assessmentId: w.assessmentId, disciplineKey: strategy.key, disciplineName: strategy.name, dueOn: "2020-01-31", answered: 2, state: "In progress", overdue: true });
    expect(await listMyWork(w.lead)).toEqual([]);

    // Clearing it: no one is assigned, and the colleague's list is empty again.
    expect(await assignDiscipline(w.lead, { assessmentId: w.assessmentId, disciplineKey: strategy.key, userId: "", dueOn: "" })).toEqual({ ok: true, value: { assigned: null } });
    expect(await listMyWork(w.colleague)).toEqual([]);
    const audit = await prisma.auditEvent.findMany({ where: { entityId: w.assessmentId, action: "assignment.set" }, orderBy: { id: "asc" }, select: { before: true, after: true } });
    expect(audit).toEqual([
      { before: null, after: { disciplineKey: strategy.key, userId: w.colleague.userId, dueOn: "2020-01-31" } },
      { before: { disciplineKey: strategy.key, userId: w.colleague.userId, dueOn: "2020-01-31" }, after: { disciplineKey: strategy.key, userId: null } },
    ]);
  });

  it("refuse someone outside the program as assignee, an unknown discipline, and anyone but the program's leads", async () => {
    const w = await world();
    expect(await assignDiscipline(w.lead, { assessmentId: w.assessmentId, disciplineKey: "strategy", userId: w.outsider.userId, dueOn: "" })).toMatchObject({
      ok: false,
      fieldErrors: { userId: ["Choose one of the program's members"] },
    });
    expect(await assignDiscipline(w.lead, { assessmentId: w.assessmentId, disciplineKey: "no-such", userId: w.colleague.userId, dueOn: "" })).toMatchObject({ ok: false });
    for (const actor of [w.outsider, w.cco]) {
      expect(isNotFound(await refusal(assignDiscipline(actor, { assessmentId: w.assessmentId, disciplineKey: "strategy", userId: w.colleague.userId, dueOn: "" })))).toBe(true);
      expect(isNotFound(await refusal(getAssignments(actor, w.assessmentId)))).toBe(true);
    }
    expect(await prisma.assignment.count({ where: { assessmentId: w.assessmentId } })).toBe(0);
  });
});
