import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { Actor } from "@/lib/auth/actor";
import { canPlanFor, canReadProgram, programScope } from "@/lib/auth/policy";
import type { ActionItemFilter, ActionItemInput, ActionItemStatusInput } from "@/lib/validation/action-items";
import { fail, ok, type Result } from "@/lib/validation/result";
import { recordAudit } from "./internal/audit";
import { isUuid, requireRole, requireScope, requireThat } from "./internal/guards";
import { countRecommended, resourcesFor } from "./internal/resources";
import type { ActionItemRow } from "./types";

async function loadProgram(programId: string) {
  requireThat(isUuid(programId));
  const program = await db().program.findFirst({ where: { id: programId, archivedAt: null }, select: { id: true, agencyId: true, name: true } });
  requireThat(program !== null);
  return program;
}

async function currentDiscipline(disciplineKey: string) {
  return db().discipline.findFirst({
    where: { key: disciplineKey, model: { isCurrent: true } },
    select: { key: true, name: true, practices: { orderBy: { position: "asc" }, select: { key: true, title: true } } },
  });
}

/** What the "plan an action" form offers for a gap: the discipline's practices and its recommended resources. */
export async function getActionItemForm(actor: Actor, programId: string, disciplineKey: string, practiceKey?: string) {
  const program = await loadProgram(programId);
  await requireScope(actor, canPlanFor(actor, program), { type: "Program", id: program.id });
  const discipline = await currentDiscipline(disciplineKey);
  requireThat(discipline !== null);
  const practiceKeys = practiceKey ? [practiceKey] : discipline.practices.map((p) => p.key);
  const resources = await resourcesFor(discipline.key, practiceKeys.map((key) => ({ key, level: null })));
  return { program, discipline, practiceKey: practiceKey ?? null, resources };
}

/** A new action item tied to a gap; its resources must be mapped to that gap (its discipline or practice). */
export async function createActionItem(actor: Actor, input: ActionItemInput): Promise<Result<{ id: string }>> {
  const program = await loadProgram(input.programId);
  await requireScope(actor, canPlanFor(actor, program), { type: "Program", id: program.id });
  const discipline = await currentDiscipline(input.disciplineKey);
  if (!discipline) return fail("Choose a discipline of the current model.", { disciplineKey: ["Unknown discipline"] });
  if (input.practiceKey && !discipline.practices.some((p) => p.key === input.practiceKey)) {
    return fail("Choose a practice of this discipline.", { practiceKey: ["Unknown practice"] });
  }
  const unique = [...new Set(input.resourceIds)];
  const practiceKeys = input.practiceKey ? [input.practiceKey] : discipline.practices.map((p) => p.key);
  if ((await countRecommended(unique, discipline.key, practiceKeys)) !== unique.length) {
    return fail("Link only resources recommended for this gap.", { resourceIds: ["Choose resources from the list"] });
  }
  const item = await db().$transaction(async (tx) => {
    const created = await tx.actionItem.create({
      data: {
        programId: program.id,
        disciplineKey: discipline.key,
        practiceKey: input.practiceKey,
        title: input.title,
        ownerName: input.ownerName,
        dueOn: input.dueOn ? new Date(`${input.dueOn}T00:00:00Z`) : null,
        notes: input.notes,
        createdById: actor.userId,
        resources: { create: unique.map((resourceId) => ({ resourceId })) },
      },
      select: { id: true },
    });
    await recordAudit(tx, actor, {
      action: "action-item.create",
      entityType: "ActionItem",
      entityId: created.id,
      after: { ...input, programId: program.id },
    });
    return created;
  });
  return ok(item);
}

/** Planned → in progress → done (or back); done records when, so progress reports can count it. */
export async function setActionItemStatus(actor: Actor, input: ActionItemStatusInput): Promise<Result<{ version: number }>> {
  const item = await db().actionItem.findUnique({
    where: { id: input.actionItemId },
    select: { id: true, status: true, version: true, program: { select: { id: true, agencyId: true } } },
  });
  requireThat(item !== null);
  await requireScope(actor, canPlanFor(actor, item.program), { type: "ActionItem", id: item.id });
  try {
    return await db().$transaction(async (tx) => {
      const updated = await tx.actionItem.update({
        where: { id: item.id, version: input.expectedVersion },
        data: { status: input.status, completedAt: input.status === "DONE" ? new Date() : null, version: { increment: 1 } },
        select: { version: true },
      });
      await recordAudit(tx, actor, {
        action: "action-item.status",
        entityType: "ActionItem",
        entityId: item.id,
        before: { status: item.status, version: item.version },
        after: { status: input.status, version: updated.version },
      });
      return ok(updated);
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025") {
      return fail("Someone else changed this action item. The list now shows its current status; change it again if you still need to.");
    }
    throw error;
  }
}

/** Action items of one program, or of every program in the actor's scope (a CCO's agency). */
export async function listActionItems(actor: Actor, where: { programId: string } | { scope: "mine" }, filter: ActionItemFilter = {}): Promise<ActionItemRow[]> {
  if ("programId" in where) {
    const program = await loadProgram(where.programId);
    await requireScope(actor, canReadProgram(actor, program), { type: "Program", id: program.id });
  } else {
    requireRole(actor, "CCO", "COUNCIL", "ADMIN");
  }
  const items = await db().actionItem.findMany({
    where: {
      ...("programId" in where ? { programId: where.programId } : { program: { ...programScope(actor), archivedAt: null } }),
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.dueBefore ? { dueOn: { lte: new Date(`${filter.dueBefore}T00:00:00Z`) } } : {}),
    },
    orderBy: [{ dueOn: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
    select: {
      id: true,
      disciplineKey: true,
      practiceKey: true,
      title: true,
      ownerName: true,
      dueOn: true,
      status: true,
      completedAt: true,
      notes: true,
      version: true,
      program: { select: { id: true, name: true, agencyId: true, agency: { select: { name: true } } } },
      resources: { select: { resource: { select: { id: true, title: true, url: true } } } },
    },
  });
  return items.map((i) => ({
    id: i.id,
    programId: i.program.id,
    program: i.program.name,
    agency: i.program.agency.name,
    disciplineKey: i.disciplineKey,
    practiceKey: i.practiceKey,
    title: i.title,
    ownerName: i.ownerName,
    dueOn: i.dueOn,
    status: i.status,
    completedAt: i.completedAt,
    notes: i.notes,
    version: i.version,
    resources: i.resources.map((r) => r.resource),
    canEdit: canPlanFor(actor, i.program),
  }));
}
