// CX action plans over a real PostgreSQL: started once per program and fiscal year, built from the
// program's gaps, signed off by the agency's CCO only when complete, then locked; new versions;
// stale edits refused; every change audited; other programs' plans out of reach.
import { afterAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/scripts/lib/prisma";
import { createAgency, createCycle, createDraft, createUser, isNotFound, refusal } from "@/lib/testing/factories";
import { planActionSchema } from "@/lib/validation/action-plans";
import { addPlanAction, getPlan, listPlansForYear, removePlanAction, savePlanAction, savePlanNarrative, signOffPlan, startNewPlanVersion, startPlan } from "./action-plans";

const prisma = createPrismaClient(inject("databaseUrl"));
afterAll(() => prisma.$disconnect());

async function world() {
  const agency = await createAgency(prisma, ["Planned", "Also planned"]);
  const other = await createAgency(prisma, ["Elsewhere"]);
  const [program, sibling] = agency.programs as [(typeof agency.programs)[0], (typeof agency.programs)[0]];
  const lead = await createUser(prisma, "LEAD", { programIds: [program.id] });
  const outsider = await createUser(prisma, "LEAD", { programIds: [other.programs[0]!.id] });
  const cco = await createUser(prisma, "CCO", { agencyId: agency.id });
  const otherCco = await createUser(prisma, "CCO", { agencyId: other.id });
  const council = await createUser(prisma, "COUNCIL");
  // Accepted at level 2 everywhere: every discipline is a gap to level 3 ("next level up").
  const cycle = await createCycle(prisma, "CLOSED", new Date("2025-10-01"));
  const { assessmentId } = await createDraft(prisma, program.id, cycle.id, lead.userId, 100, 2);
  await prisma.assessment.update({ where: { id: assessmentId }, data: { status: "ACCEPTED", submittedAt: new Date(), submittedById: lead.userId } });
  return { agency, program, sibling, lead, outsider, cco, otherCco, council };
}

const complete = (actionId: string, expectedVersion: number) =>
  planActionSchema.parse({
    actionId,
    expectedVersion,
    title: "Survey the top tasks",
    practiceKeys: [],
    measure: "Post-transaction survey coverage of top tasks",
    baselineValue: "20",
    targetValue: "80",
    unit: "%",
    startOn: "2026-10-01",
    dueOn: "2027-09-30",
    ownerName: "Ana Lead",
    expectedLevel: "3",
    notPlanned: "",
    notPlannedReason: "",
  });

describe("action plans", () => {
  it("are started once a year, built from gaps, signed off by the CCO only when complete, then locked; a new version starts from them", async () => {
    const w = await world();
    const started = await startPlan(w.lead, { programId: w.program.id, fiscalYear: 2027 });
    expect(await startPlan(w.lead, { programId: w.program.id, fiscalYear: 2027 })).toEqual(started);
    const planId = started.ok ? started.value.planId : "";

    const { gaps, problems } = await getPlan(w.lead, planId);
    expect(problems).toEqual(["The plan has no actions yet: add one for a gap."]);
    expect(gaps.gaps).toHaveLength(6);
    expect(gaps.gaps[0]).toMatchObject({ key: "strategy", current: 2, target: 3, name: "Strategy" });

    // Added twice (a retried click): one action, expected to reach the gap's target.
    const added = await addPlanAction(w.lead, { planId, disciplineKey: "strategy" });
    expect(await addPlanAction(w.lead, { planId, disciplineKey: "strategy" })).toEqual(added);
    const actionId = added.ok ? added.value.actionId : "";
    expect(await prisma.planAction.findUniqueOrThrow({ where: { id: actionId }, select: { title: true, expectedLevel: true } })).toEqual({ title: "Raise Strategy to level 3", expectedLevel: 3 });

    // Incomplete: the CCO's sign-off is refused with what the action lacks; nobody else may sign off.
    let plan = (await getPlan(w.cco, planId)).plan;
    expect(await signOffPlan(w.cco, { planId, expectedVersion: plan.version })).toEqual({
      ok: false,
      message: "This plan cannot be signed off until it is complete.",
      fieldErrors: { plan: ["“Raise Strategy to level 3” needs a measure, a target value, a time frame (start and due dates) and an owner."] },
    });
    for (const actor of [w.lead, w.council, w.otherCco]) expect(isNotFound(await refusal(signOffPlan(actor, { planId, expectedVersion: plan.version })))).toBe(true);

    // Completed by the lead; a save from a page loaded before it is refused as stale.
    expect(await savePlanAction(w.lead, complete(actionId, 1))).toEqual({ ok: true, value: { version: 2, planId } });
    expect(await savePlanAction(w.lead, complete(actionId, 1))).toMatchObject({ ok: false, message: expect.stringContaining("Someone else changed this plan") });
    // The CCO's page was loaded before the change: signed off only as it is now.
    expect(await signOffPlan(w.cco, { planId, expectedVersion: plan.version })).toMatchObject({ ok: false, message: expect.stringContaining("Someone else changed this plan") });
    plan = (await getPlan(w.cco, planId)).plan;
    expect(await signOffPlan(w.cco, { planId, expectedVersion: plan.version })).toMatchObject({ ok: true });
    const signed = await getPlan(w.lead, planId);
    expect(signed).toMatchObject({ plan: { status: "SIGNED_OFF", signedOffBy: { name: w.cco.name } }, problems: [], canEdit: false, canSignOff: false, canStartNewVersion: true });

    // Locked.
    const locked = "This plan was signed off and is locked: start a new version to change it.";
    expect(await savePlanAction(w.lead, complete(actionId, 2))).toEqual({ ok: false, message: locked });
    expect(await savePlanNarrative(w.lead, { planId, expectedVersion: signed.plan.version, delivered: "More", planned: "" })).toEqual({ ok: false, message: locked });
    expect(await removePlanAction(w.lead, { actionId, expectedVersion: 2 })).toEqual({ ok: false, message: locked });

    // A new version, once however often asked, a draft with the same actions.
    const next = await startNewPlanVersion(w.lead, { planId });
    expect(await startNewPlanVersion(w.cco, { planId })).toEqual(next);
    const copy = await getPlan(w.lead, next.ok ? next.value.planId : "");
    expect(copy).toMatchObject({ plan: { number: 2, status: "DRAFT", fiscalYear: 2027 }, problems: [], canEdit: true });
    expect(copy.actions.map((a) => a.measure)).toEqual(["Post-transaction survey coverage of top tasks"]);
    expect((await getPlan(w.lead, planId)).newerVersion).toEqual({ id: copy.plan.id, number: 2 });

    const audit = await prisma.auditEvent.findMany({ where: { entityId: { in: [planId, actionId, copy.plan.id] }, action: { startsWith: "action-plan." } }, orderBy: { id: "asc" }, select: { action: true } });
    // The three refused sign-offs are security events, as every request outside a person's scope is.
    expect(await prisma.auditEvent.count({ where: { entityId: planId, action: "security.access-refused" } })).toBe(3);
    expect(audit.map((a) => a.action)).toEqual(["action-plan.start", "action-plan.action-add", "action-plan.action-save", "action-plan.sign-off", "action-plan.new-version"]);
    const save = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: actionId, action: "action-plan.action-save" }, select: { before: true, after: true } });
    expect(save.before).toMatchObject({ measure: "", targetValue: null, ownerName: "" });
    expect(save.after).toMatchObject({ measure: "Post-transaction survey coverage of top tasks", baselineValue: 20, targetValue: 80, unit: "%", startOn: "2026-10-01", dueOn: "2027-09-30" });
  });

  it("are out of reach of other programs' leads and other agencies' CCOs; the council reads them all; the year's list names what each lacks", async () => {
    const w = await world();
    const started = await startPlan(w.lead, { programId: w.program.id, fiscalYear: 2027 });
    const planId = started.ok ? started.value.planId : "";
    await addPlanAction(w.lead, { planId, disciplineKey: "design" });
    for (const actor of [w.outsider, w.otherCco]) {
      expect(isNotFound(await refusal(getPlan(actor, planId)))).toBe(true);
      expect(isNotFound(await refusal(addPlanAction(actor, { planId, disciplineKey: "culture" })))).toBe(true);
    }
    expect(isNotFound(await refusal(startPlan(w.outsider, { programId: w.program.id, fiscalYear: 2027 })))).toBe(true);
    expect(isNotFound(await refusal(addPlanAction(w.council, { planId, disciplineKey: "culture" })))).toBe(true);
    expect(await getPlan(w.council, planId)).toMatchObject({ canEdit: false, canSignOff: false, gaps: { gaps: [] } });

    const year = await listPlansForYear(w.cco, 2027);
    expect(year.programs.map((p) => p.name).sort()).toEqual([w.program.name, w.sibling.name].sort());
    expect(year.programs.find((p) => p.id === w.program.id)!.plan).toMatchObject({ status: "DRAFT", problems: ["“Raise Design to level 3” needs a measure, a target value, a time frame (start and due dates) and an owner."] });
    expect(year.programs.find((p) => p.id === w.sibling.id)!.plan).toBeNull();
    expect(isNotFound(await refusal(listPlansForYear(w.lead, 2027)))).toBe(true);
  });

  it("refuse malformed input with a message that says what to enter", () => {
    const parsed = planActionSchema.safeParse({ ...complete(crypto.randomUUID(), 1), targetValue: "eighty", dueOn: "2026-09-01", expectedLevel: "7" });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["targetValue", "Enter the target value as a number, like 20 or 3.5"],
      ["expectedLevel", "Choose a level from 1 to 5"],
    ]);
    const backwards = planActionSchema.safeParse({ ...complete(crypto.randomUUID(), 1), dueOn: "2026-09-01" });
    expect(backwards.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([["dueOn", "Choose a due date on or after the start date"]]);
  });
});
