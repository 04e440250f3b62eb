import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { Actor } from "@/lib/auth/actor";
import { canAdminister } from "@/lib/auth/policy";
import type { ResourceInput, ResourceMapping, resourceStateSchema, updateResourceSchema } from "@/lib/validation/resources";
import { fail, ok, type Result } from "@/lib/validation/result";
import { ADMIN_PAGE_SIZE } from "./admin-organizations";
import { recordAudit } from "./internal/audit";
import { isUuid, requireThat } from "./internal/guards";

// The CX Toolkit catalogue. Resource has no version column: edits are last-write-wins, and the audit
// keeps what each write replaced.

const detailFields = { title: true, url: true, publisher: true, format: true, size: true, topic: true, subheading: true } as const;

const mappingSelect = {
  disciplines: { orderBy: { disciplineKey: "asc" }, select: { disciplineKey: true } },
  practices: { orderBy: [{ rank: "asc" }, { practiceKey: "asc" }], select: { practiceKey: true, rank: true, fromLevel: true, toLevel: true } },
} satisfies Prisma.ResourceSelect;

const currentModel = () =>
  db().discipline.findMany({
    where: { model: { isCurrent: true } },
    orderBy: { position: "asc" },
    select: { key: true, name: true, practices: { orderBy: { position: "asc" }, select: { key: true, title: true } } },
  });

/** Resources by toolkit order, searchable by title, publisher or topic, a page at a time. */
export async function listResources(actor: Actor, query: { q?: string; page: number }) {
  requireThat(canAdminister(actor));
  const match = query.q ? { contains: query.q, mode: "insensitive" as const } : undefined;
  const where = match ? { OR: [{ title: match }, { publisher: match }, { topic: match }] } : {};
  const [total, rows] = await Promise.all([
    db().resource.count({ where }),
    db().resource.findMany({
      where,
      orderBy: [{ position: "asc" }, { title: "asc" }],
      skip: (query.page - 1) * ADMIN_PAGE_SIZE,
      take: ADMIN_PAGE_SIZE,
      select: { id: true, ...detailFields, position: true, retiredAt: true, ...mappingSelect },
    }),
  ]);
  const resources = rows.map(({ disciplines, practices, ...r }) => ({ ...r, disciplineKeys: disciplines.map((d) => d.disciplineKey), practices }));
  return { total, resources, pageSize: ADMIN_PAGE_SIZE };
}

/**
 * One resource with its mapping, the current model to map it to, and where it is recommended: the
 * current model's disciplines and practices whose keys it is mapped to. Mapped keys the current
 * model lacks are listed apart (`otherKeys`): they recommend nothing until a model has them again.
 */
export async function getResourceForAdmin(actor: Actor, resourceId: string) {
  requireThat(canAdminister(actor) && isUuid(resourceId));
  const [resource, disciplines] = await Promise.all([
    db().resource.findUnique({
      where: { id: resourceId },
      select: { id: true, ...detailFields, context: true, position: true, retiredAt: true, updatedAt: true, ...mappingSelect },
    }),
    currentModel(),
  ]);
  requireThat(resource !== null);
  const { disciplines: mappedDisciplines, practices: mappedPractices, ...details } = resource;
  const disciplineKeys = mappedDisciplines.map((d) => d.disciplineKey);
  const practiceKeys = mappedPractices.map((p) => p.practiceKey);
  const practiceByKey = new Map(disciplines.flatMap((d) => d.practices.map((p) => [p.key, { ...p, disciplineName: d.name }] as const)));
  return {
    ...details,
    disciplineKeys,
    practiceKeys,
    model: disciplines,
    recommendedIn: {
      disciplines: disciplines.filter((d) => disciplineKeys.includes(d.key)).map((d) => ({ key: d.key, name: d.name })),
      practices: mappedPractices.flatMap((m) => {
        const p = practiceByKey.get(m.practiceKey);
        return p ? [{ key: p.key, title: p.title, disciplineName: p.disciplineName, rank: m.rank }] : [];
      }),
    },
    otherKeys: [...disciplineKeys.filter((k) => !disciplines.some((d) => d.key === k)), ...practiceKeys.filter((k) => !practiceByKey.has(k))],
  };
}

export async function createResource(actor: Actor, input: ResourceInput): Promise<Result<{ id: string }>> {
  requireThat(canAdminister(actor));
  return ok(
    await db().$transaction(async (tx) => {
      const last = await tx.resource.aggregate({ _max: { position: true } });
      const position = (last._max.position ?? -1) + 1;
      const resource = await tx.resource.create({ data: { ...input, position }, select: { id: true } });
      await recordAudit(tx, actor, { action: "resource.create", entityType: "Resource", entityId: resource.id, after: { ...input, position } });
      return resource;
    }),
  );
}

export async function updateResource(actor: Actor, input: z.infer<typeof updateResourceSchema>): Promise<Result<{ id: string }>> {
  requireThat(canAdminister(actor));
  const { resourceId, ...details } = input;
  return db().$transaction(async (tx) => {
    const before = await tx.resource.findUnique({ where: { id: resourceId }, select: detailFields });
    requireThat(before !== null);
    await tx.resource.update({ where: { id: resourceId }, data: details });
    await recordAudit(tx, actor, { action: "resource.update", entityType: "Resource", entityId: resourceId, before, after: details });
    return ok({ id: resourceId });
  });
}

/** A retired resource stays in the catalogue and on existing action items, but no gap recommends it. */
export async function setResourceRetired(actor: Actor, input: z.infer<typeof resourceStateSchema>): Promise<Result<{ retired: boolean }>> {
  requireThat(canAdminister(actor));
  return db().$transaction(async (tx) => {
    const before = await tx.resource.findUnique({ where: { id: input.resourceId }, select: { retiredAt: true } });
    requireThat(before !== null);
    await tx.resource.update({ where: { id: input.resourceId }, data: { retiredAt: input.retired ? (before.retiredAt ?? new Date()) : null } });
    await recordAudit(tx, actor, {
      action: input.retired ? "resource.retire" : "resource.restore",
      entityType: "Resource",
      entityId: input.resourceId,
      before: { retired: Boolean(before.retiredAt) },
      after: { retired: input.retired },
    });
    return ok({ retired: input.retired });
  });
}

/**
 * Replaces the resource's mapping. Keys must be in the current model; practices rank in the order
 * given (1 = the most specific help).
 */
export async function setResourceMapping(actor: Actor, input: ResourceMapping): Promise<Result<{ disciplines: number; practices: number }>> {
  requireThat(canAdminister(actor));
  const disciplineKeys = [...new Set(input.disciplineKeys)];
  const practiceKeys = [...new Set(input.practiceKeys)];
  return db().$transaction(async (tx) => {
    const before = await tx.resource.findUnique({ where: { id: input.resourceId }, select: { title: true, ...mappingSelect } });
    requireThat(before !== null);
    const model = await tx.discipline.findMany({ where: { model: { isCurrent: true } }, select: { key: true, practices: { select: { key: true } } } });
    const knownDisciplines = new Set(model.map((d) => d.key));
    const knownPractices = new Set(model.flatMap((d) => d.practices.map((p) => p.key)));
    const unknownDisciplines = disciplineKeys.filter((k) => !knownDisciplines.has(k));
    if (unknownDisciplines.length) {
      return fail(`The current maturity model has no discipline ${list(unknownDisciplines)}. Choose disciplines from the list.`, { disciplineKeys: ["Choose disciplines from the list"] });
    }
    const unknownPractices = practiceKeys.filter((k) => !knownPractices.has(k));
    if (unknownPractices.length) {
      return fail(`The current maturity model has no practice ${list(unknownPractices)}. Choose practices from the list.`, { practiceKeys: ["Choose practices from the list"] });
    }
    // The form edits the current model's practices: mappings for earlier versions' practices stay,
    // and a practice that stays mapped keeps its level band.
    const band = new Map(before.practices.map((p) => [p.practiceKey, { fromLevel: p.fromLevel, toLevel: p.toLevel }]));
    await tx.resourceDiscipline.deleteMany({ where: { resourceId: input.resourceId } });
    await tx.resourcePractice.deleteMany({ where: { resourceId: input.resourceId, practiceKey: { in: [...knownPractices] } } });
    await tx.resourceDiscipline.createMany({ data: disciplineKeys.map((disciplineKey) => ({ resourceId: input.resourceId, disciplineKey })) });
    await tx.resourcePractice.createMany({
      data: practiceKeys.map((practiceKey, i) => ({ resourceId: input.resourceId, practiceKey, rank: i + 1, ...band.get(practiceKey) })),
    });
    await recordAudit(tx, actor, {
      action: "resource.map",
      entityType: "Resource",
      entityId: input.resourceId,
      before: { disciplineKeys: before.disciplines.map((d) => d.disciplineKey), practiceKeys: before.practices.filter((p) => knownPractices.has(p.practiceKey)).map((p) => p.practiceKey) },
      after: { disciplineKeys, practiceKeys },
    });
    return ok({ disciplines: disciplineKeys.length, practices: practiceKeys.length });
  });
}

/** “a”, “a or b”, “a, b or c”: quoted, as a sentence reads. */
function list(keys: string[]): string {
  const quoted = keys.map((k) => `“${k}”`);
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(", ")} or ${quoted.at(-1)}` : quoted[0]!;
}
