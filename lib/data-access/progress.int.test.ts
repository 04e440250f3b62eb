// Progress and target status on PostgreSQL, against numbers computed by hand.
import { afterAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/scripts/lib/prisma";
import { createAgency, createCycle, createDraft, createUser, isNotFound } from "@/lib/testing/factories";
import { createActionItem, listActionItems, setActionItemStatus } from "./action-items";
import { getResults } from "./results";
import { getAgencyOverview, getProgramProgress } from "./progress";

const prisma = createPrismaClient(inject("databaseUrl"));
afterAll(() => prisma.$disconnect());

async function accepted(programId: string, cycleId: string, leadId: string, level: number) {
  const { assessmentId } = await createDraft(prisma, programId, cycleId, leadId, 1000, level);
  await prisma.assessment.update({ where: { id: assessmentId }, data: { status: "ACCEPTED", submittedAt: new Date(), submittedById: leadId, version: 3 } });
  return assessmentId;
}

describe("progress over time", () => {
  it("lays accepted assessments on the cycles, leaves gaps, and computes changes and target status", async () => {
    const agency = await createAgency(prisma, ["Tracked", "Other"]);
    const [tracked, other] = agency.programs as [(typeof agency.programs)[0], (typeof agency.programs)[0]];
    const lead = await createUser(prisma, "LEAD", { programIds: [tracked.id] });
    const cco = await createUser(prisma, "CCO", { agencyId: agency.id });
    const otherCco = await createUser(prisma, "CCO", { agencyId: (await createAgency(prisma, ["Elsewhere"])).id });
    // Three cycles far in the past so they sort before every other test's cycles: 2, gap, 3.
    const c1 = await createCycle(prisma, "CLOSED", new Date("1990-10-01"));
    const c2 = await createCycle(prisma, "CLOSED", new Date("1991-10-01"));
    const c3 = await createCycle(prisma, "CLOSED", new Date("1992-10-01"));
    await accepted(tracked.id, c1.id, lead.userId, 2);
    await accepted(tracked.id, c3.id, lead.userId, 3);
    await accepted(other.id, c3.id, lead.userId, 5);
    await prisma.target.create({ data: { programId: tracked.id, disciplineKey: "design", targetLevel: 4, dueOn: new Date("2000-01-01"), setById: lead.userId } });
    await prisma.target.create({ data: { programId: tracked.id, disciplineKey: "culture", targetLevel: 3, dueOn: null, setById: lead.userId } });

    const p = await getProgramProgress(cco, tracked.id, new Date("2026-11-24"));
    // Other tests' cycles lie in between; these three keep their order among them.
    const mine = p.points.filter((x) => [c1.name, c2.name, c3.name].includes(x.cycle));
    expect(mine.map((x) => x.cells?.design?.score ?? null)).toEqual([2, null, 3]);
    expect(p.baselineCycle).toBe(c1.name);
    expect(p.changes.design).toEqual({ sinceBaseline: 1, sincePrevious: 1 });
    expect(p.targets.map((t) => [t.disciplineKey, t.latestLevel, t.status]).sort()).toEqual([
      ["culture", 3, "met"],
      ["design", 3, "missed"],
    ]);

    const overview = await getAgencyOverview(cco, new Date("2026-11-24"));
    const row = overview.rows.find((r) => r.programId === tracked.id)!;
    expect(row).toMatchObject({ baseline: { cycle: c1.name, level: 2, score: 2 }, latest: { cycle: c3.name, level: 3, score: 3 }, change: 1, targetsMet: 1, targetsOverdue: 1, targetsDue: 0 });
    // Agency mean for cycle 3: (3 + 5) / 2 = 4; cycle 2 has no assessment anywhere in the agency.
    expect(overview.mean.find((m) => m.cycle === c3.name)?.cells?.design?.score).toBe(4);
    expect(overview.mean.find((m) => m.cycle === c1.name)?.cells?.design?.score).toBe(2);

    const refused = await getProgramProgress(otherCco, tracked.id).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isNotFound(refused)).toBe(true);
  });
});

describe("action items", () => {
  it("are created from a gap with recommended resources only, and move to done with a timestamp", async () => {
    const agency = await createAgency(prisma, ["Planned"]);
    const program = agency.programs[0]!;
    const cco = await createUser(prisma, "CCO", { agencyId: agency.id });
    const recommended = await prisma.resourceDiscipline.findFirstOrThrow({ where: { disciplineKey: "design" }, orderBy: { resource: { position: "asc" } }, select: { resourceId: true } });
    const notRecommended = await prisma.resourceDiscipline.findFirstOrThrow({ where: { disciplineKey: "governance", resource: { disciplines: { none: { disciplineKey: "design" } } } }, select: { resourceId: true } });
    const base = { programId: program.id, disciplineKey: "design", practiceKey: null, title: "Map the top journey", ownerName: "Pat Owner", dueOn: "2027-03-31", notes: "" };

    const bad = await createActionItem(cco, { ...base, resourceIds: [notRecommended.resourceId] });
    expect(bad).toEqual({ ok: false, message: "Link only resources recommended for this gap.", fieldErrors: { resourceIds: ["Choose resources from the list"] } });
    expect(await prisma.actionItem.count({ where: { programId: program.id } })).toBe(0);

    const created = await createActionItem(cco, { ...base, resourceIds: [recommended.resourceId] });
    expect(created.ok).toBe(true);
    const [item] = await listActionItems(cco, { programId: program.id });
    expect(item).toMatchObject({ title: "Map the top journey", status: "PLANNED", resources: [{ id: recommended.resourceId }] });

    expect(await setActionItemStatus(cco, { actionItemId: item!.id, status: "DONE", expectedVersion: 1 })).toEqual({ ok: true, value: { version: 2 } });
    const stale = await setActionItemStatus(cco, { actionItemId: item!.id, status: "PLANNED", expectedVersion: 1 });
    expect(stale.ok).toBe(false);
    const done = await prisma.actionItem.findUniqueOrThrow({ where: { id: item!.id } });
    expect(done.status).toBe("DONE");
    expect(done.completedAt).not.toBeNull();
    expect(await listActionItems(cco, { programId: program.id }, { status: "PLANNED" })).toEqual([]);

    // The next accepted assessment lists it as completed since the previous one; the earlier one does not.
    const lead = await createUser(prisma, "LEAD", { programIds: [program.id] });
    const before = await accepted(program.id, (await createCycle(prisma, "CLOSED", new Date("1980-10-01"))).id, lead.userId, 2);
    await prisma.assessment.update({ where: { id: before }, data: { submittedAt: new Date(Date.now() - 86_400_000) } });
    const after = await accepted(program.id, (await createCycle(prisma, "CLOSED", new Date("1981-10-01"))).id, lead.userId, 3);
    await prisma.assessment.update({ where: { id: after }, data: { submittedAt: new Date(Date.now() + 60_000) } });
    expect((await getResults(cco, after)).completedActions?.map((a) => a.title)).toEqual(["Map the top journey"]);
    expect((await getResults(cco, before)).completedActions).toEqual([]);
  });
});

describe("the CCO overview and a program's progress", () => {
  it("follow each acceptance, target and program at once, though they keep the accepted history between them", async () => {
    const agency = await createAgency(prisma, ["Kept A", "Kept B"]);
    const [a, b] = agency.programs as [(typeof agency.programs)[0], (typeof agency.programs)[0]];
    const lead = await createUser(prisma, "LEAD", { programIds: [a.id, b.id] });
    const cco = await createUser(prisma, "CCO", { agencyId: agency.id });
    const c1 = await createCycle(prisma, "CLOSED", new Date("1980-10-01"));
    const c2 = await createCycle(prisma, "CLOSED", new Date("1981-10-01"));
    const today = new Date("2026-11-24");
    const rowOf = async (programId: string) => (await getAgencyOverview(cco, today)).rows.find((r) => r.programId === programId);
    const designOf = async (programId: string) => {
      const p = await getProgramProgress(cco, programId, today);
      return { scores: p.points.filter((x) => [c1.name, c2.name].includes(x.cycle)).map((x) => x.cells?.design?.score ?? null), targets: p.targets.length };
    };

    await accepted(a.id, c1.id, lead.userId, 2);
    expect(await rowOf(a.id)).toMatchObject({ latest: { cycle: c1.name, level: 2 }, targetsOverdue: 0 });
    expect(await rowOf(b.id)).toMatchObject({ latest: null });
    expect(await designOf(a.id)).toEqual({ scores: [2, null], targets: 0 });

    await accepted(a.id, c2.id, lead.userId, 4);
    await prisma.target.create({ data: { programId: a.id, disciplineKey: "design", targetLevel: 5, dueOn: new Date("2000-01-01"), setById: lead.userId } });
    expect(await rowOf(a.id)).toMatchObject({ baseline: { cycle: c1.name, level: 2 }, latest: { cycle: c2.name, level: 4 }, change: 2, targetsOverdue: 1 });
    expect(await designOf(a.id)).toEqual({ scores: [2, 4], targets: 1 });

    const added = await prisma.program.create({ data: { agencyId: agency.id, name: "Kept C" }, select: { id: true } });
    expect(await rowOf(added.id)).toMatchObject({ program: "Kept C", latest: null, openActionItems: 0 });
  });
});
