// Administering the CX Toolkit resources on PostgreSQL: who may, and how a mapping reaches the gaps.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { createPrismaClient } from "@/scripts/lib/prisma";
import { createAgency, createUser, isNotFound, refusal } from "@/lib/testing/factories";
import { createResource, getResourceForAdmin, listResources, setResourceMapping, setResourceRetired, updateResource } from "./admin-resources";
import { resourcesFor } from "./internal/resources";

const prisma = createPrismaClient(inject("databaseUrl"));
afterAll(() => prisma.$disconnect());

const details = (tag: string) => ({
  title: `Resource ${tag}`,
  url: `https://example.gov/toolkit/${tag}`,
  publisher: "Integration Tests",
  format: "PDF",
  size: "1 MB",
  topic: `Topic ${tag}`,
  subheading: "Test heading",
});

/** A practice of the current model that few resources are mapped to, so a new one makes its gap's short list. */
async function quietPractice() {
  const disciplines = await prisma.discipline.findMany({
    where: { model: { isCurrent: true } },
    orderBy: { position: "asc" },
    select: { key: true, name: true, practices: { orderBy: { position: "asc" }, select: { key: true, title: true } } },
  });
  const mapped = await prisma.resourcePractice.findMany({ select: { practiceKey: true } });
  const uses = (key: string) => mapped.filter((m) => m.practiceKey === key).length;
  const candidates = disciplines.flatMap((d) => d.practices.map((p) => ({ discipline: d, practice: p, uses: uses(p.key) })));
  candidates.sort((a, b) => a.uses - b.uses);
  const chosen = candidates[0]!;
  const other = candidates.find((c) => c.practice.key !== chosen.practice.key)!;
  return { ...chosen, other: other.practice };
}

let admin: Actor;
let others: Actor[];
beforeAll(async () => {
  const agency = await createAgency(prisma, ["Resources"]);
  admin = await createUser(prisma, "ADMIN");
  others = [
    await createUser(prisma, "LEAD", { programIds: [agency.programs[0]!.id] }),
    await createUser(prisma, "CCO", { agencyId: agency.id }),
    await createUser(prisma, "COUNCIL"),
  ];
});

describe("toolkit resource administration", () => {
  it("is for administrators only: everyone else gets not found, and nothing is written", async () => {
    const existing = await prisma.resource.findFirstOrThrow({ orderBy: { position: "asc" }, select: { id: true, title: true, retiredAt: true } });
    const resourcesBefore = await prisma.resource.count();
    const auditBefore = await prisma.auditEvent.count({ where: { entityType: "Resource" } });
    for (const actor of others) {
      const attempts = [
        listResources(actor, { page: 1 }),
        getResourceForAdmin(actor, existing.id),
        createResource(actor, details(randomUUID())),
        updateResource(actor, { resourceId: existing.id, ...details(randomUUID()) }),
        setResourceRetired(actor, { resourceId: existing.id, retired: true }),
        setResourceMapping(actor, { resourceId: existing.id, disciplineKeys: [], practiceKeys: [] }),
      ];
      for (const attempt of attempts) expect(isNotFound(await refusal(attempt))).toBe(true);
    }
    expect(await prisma.resource.count()).toBe(resourcesBefore);
    expect(await prisma.auditEvent.count({ where: { entityType: "Resource" } })).toBe(auditBefore);
    expect(await prisma.resource.findUniqueOrThrow({ where: { id: existing.id }, select: { id: true, title: true, retiredAt: true } })).toEqual(existing);
  });

  it("answers not found for a malformed or missing resource id", async () => {
    expect(isNotFound(await refusal(getResourceForAdmin(admin, "not-a-uuid")))).toBe(true);
    expect(isNotFound(await refusal(getResourceForAdmin(admin, randomUUID())))).toBe(true);
    expect(isNotFound(await refusal(setResourceRetired(admin, { resourceId: randomUUID(), retired: true })))).toBe(true);
    expect(isNotFound(await refusal(setResourceMapping(admin, { resourceId: randomUUID(), disciplineKeys: [], practiceKeys: [] })))).toBe(true);
  });

  it("creates a resource, maps it to gaps, edits, retires and restores it, auditing each write", async () => {
    const tag = randomUUID();
    const { discipline, practice, other, uses } = await quietPractice();
    expect(uses).toBeLessThan(6); // Else the new resource could be crowded off the gap's list.
    const ids = async () => (await resourcesFor(discipline.key, [{ key: practice.key, level: null }])).map((r) => r.id);

    const created = await createResource(admin, details(tag));
    if (!created.ok) throw new Error(created.message);
    const resourceId = created.value.id;
    const highest = await prisma.resource.aggregate({ _max: { position: true } });
    const row = await prisma.resource.findUniqueOrThrow({ where: { id: resourceId } });
    expect(row).toMatchObject({ ...details(tag), retiredAt: null });
    expect(row.position).toBe(highest._max.position);
    expect(await ids()).not.toContain(resourceId);

    // Map: the discipline, and two practices ranked in the order given.
    expect(await setResourceMapping(admin, { resourceId, disciplineKeys: [discipline.key], practiceKeys: [practice.key, other.key] })).toEqual({
      ok: true,
      value: { disciplines: 1, practices: 2 },
    });
    expect(await prisma.resourcePractice.findMany({ where: { resourceId }, orderBy: { rank: "asc" }, select: { practiceKey: true, rank: true } })).toEqual([
      { practiceKey: practice.key, rank: 1 },
      { practiceKey: other.key, rank: 2 },
    ]);
    expect(await ids()).toContain(resourceId);

    const listed = await listResources(admin, { q: tag, page: 1 });
    expect(listed.total).toBe(1);
    expect(listed.resources[0]).toMatchObject({
      id: resourceId,
      retiredAt: null,
      disciplineKeys: [discipline.key],
      practices: [
        { practiceKey: practice.key, rank: 1 },
        { practiceKey: other.key, rank: 2 },
      ],
    });
    expect((await listResources(admin, { q: `TOPIC ${tag}`, page: 1 })).total).toBe(1);

    const shown = await getResourceForAdmin(admin, resourceId);
    expect(shown.disciplineKeys).toEqual([discipline.key]);
    expect(shown.practiceKeys).toEqual([practice.key, other.key]);
    expect(shown.recommendedIn.disciplines).toEqual([{ key: discipline.key, name: discipline.name }]);
    expect(shown.recommendedIn.practices.map((p) => [p.key, p.title, p.rank])).toEqual([
      [practice.key, practice.title, 1],
      [other.key, other.title, 2],
    ]);
    expect(shown.otherKeys).toEqual([]);

    // An unknown key is refused with a message naming it, and the mapping stays as it was.
    const auditBefore = await prisma.auditEvent.count({ where: { entityType: "Resource", entityId: resourceId } });
    expect(await setResourceMapping(admin, { resourceId, disciplineKeys: [], practiceKeys: [practice.key, "no-such-practice"] })).toEqual({
      ok: false,
      message: "The current maturity model has no practice “no-such-practice”. Choose practices from the list.",
      fieldErrors: { practiceKeys: ["Choose practices from the list"] },
    });
    expect(await setResourceMapping(admin, { resourceId, disciplineKeys: ["no-such-discipline"], practiceKeys: [] })).toEqual({
      ok: false,
      message: "The current maturity model has no discipline “no-such-discipline”. Choose disciplines from the list.",
      fieldErrors: { disciplineKeys: ["Choose disciplines from the list"] },
    });
    expect(await prisma.resourceDiscipline.findMany({ where: { resourceId }, select: { disciplineKey: true } })).toEqual([{ disciplineKey: discipline.key }]);
    expect(await prisma.resourcePractice.count({ where: { resourceId } })).toBe(2);
    expect(await prisma.auditEvent.count({ where: { entityType: "Resource", entityId: resourceId } })).toBe(auditBefore);
    expect(await ids()).toContain(resourceId);

    // Edit: last write wins.
    expect(await updateResource(admin, { resourceId, ...details(tag), title: `Renamed ${tag}` })).toEqual({ ok: true, value: { id: resourceId } });
    expect((await prisma.resource.findUniqueOrThrow({ where: { id: resourceId } })).title).toBe(`Renamed ${tag}`);

    // Retired: no gap recommends it. Restored: it is back.
    expect(await setResourceRetired(admin, { resourceId, retired: true })).toEqual({ ok: true, value: { retired: true } });
    expect(await ids()).not.toContain(resourceId);
    expect((await listResources(admin, { q: tag, page: 1 })).resources[0]?.retiredAt).not.toBeNull();
    expect(await setResourceRetired(admin, { resourceId, retired: false })).toEqual({ ok: true, value: { retired: false } });
    expect(await ids()).toContain(resourceId);

    const events = await prisma.auditEvent.findMany({
      where: { entityType: "Resource", entityId: resourceId },
      orderBy: { id: "asc" },
      select: { action: true, actorId: true, before: true, after: true },
    });
    expect(events.map((e) => e.action)).toEqual(["resource.create", "resource.map", "resource.update", "resource.retire", "resource.restore"]);
    expect(events.every((e) => e.actorId === admin.userId)).toBe(true);
    expect(events[0]!.after).toMatchObject(details(tag));
    expect(events[1]).toMatchObject({
      before: { disciplineKeys: [], practiceKeys: [] },
      after: { disciplineKeys: [discipline.key], practiceKeys: [practice.key, other.key] },
    });
    expect(events[2]).toMatchObject({ before: { title: `Resource ${tag}` }, after: { title: `Renamed ${tag}` } });
    expect(events[3]).toMatchObject({ before: { retired: false }, after: { retired: true } });
    expect(events[4]).toMatchObject({ before: { retired: true }, after: { retired: false } });
  });
});
