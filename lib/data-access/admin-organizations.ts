import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { canAdminister } from "@/lib/auth/policy";
import type { agencySchema, archiveAgencySchema, archiveProgramSchema, programSchema, renameAgencySchema, renameProgramSchema } from "@/lib/validation/admin";
import { fail, ok, type Result } from "@/lib/validation/result";
import { recordAudit } from "./internal/audit";
import { requireThat } from "./internal/guards";

export const ADMIN_PAGE_SIZE = 50;

/** Agencies with their programs, searchable by agency or program name, a page at a time. */
export async function listOrganizations(actor: Actor, query: { q?: string; page: number }) {
  requireThat(canAdminister(actor));
  const match = query.q ? { contains: query.q, mode: "insensitive" as const } : undefined;
  const where = match ? { OR: [{ name: match }, { abbreviation: match }, { programs: { some: { name: match } } }] } : {};
  const [total, agencies] = await Promise.all([
    db().agency.count({ where }),
    db().agency.findMany({
      where,
      orderBy: { name: "asc" },
      skip: (query.page - 1) * ADMIN_PAGE_SIZE,
      take: ADMIN_PAGE_SIZE,
      select: {
        id: true,
        name: true,
        abbreviation: true,
        archivedAt: true,
        version: true,
        programs: { orderBy: { name: "asc" }, select: { id: true, name: true, archivedAt: true, version: true } },
      },
    }),
  ]);
  return { total, agencies, pageSize: ADMIN_PAGE_SIZE };
}

export async function createAgency(actor: Actor, input: z.infer<typeof agencySchema>): Promise<Result<{ id: string }>> {
  requireThat(canAdminister(actor));
  const clash = await db().agency.findFirst({ where: { OR: [{ name: input.name }, { abbreviation: input.abbreviation }] }, select: { name: true } });
  if (clash) return fail(`An agency with this name or abbreviation already exists (${clash.name}).`, { name: ["Choose another name or abbreviation"] });
  return ok(
    await db().$transaction(async (tx) => {
      const agency = await tx.agency.create({ data: input, select: { id: true } });
      await recordAudit(tx, actor, { action: "agency.create", entityType: "Agency", entityId: agency.id, after: input });
      return agency;
    }),
  );
}

export async function createProgram(actor: Actor, input: z.infer<typeof programSchema>): Promise<Result<{ id: string }>> {
  requireThat(canAdminister(actor));
  if (!(await db().agency.findUnique({ where: { id: input.agencyId } }))) return fail("Choose an agency from the list.", { agencyId: ["Unknown agency"] });
  if (await db().program.findFirst({ where: { agencyId: input.agencyId, name: input.name } })) {
    return fail(`This agency already has a program named ${input.name}.`, { name: ["Choose another name"] });
  }
  return ok(
    await db().$transaction(async (tx) => {
      const program = await tx.program.create({ data: input, select: { id: true } });
      await recordAudit(tx, actor, { action: "program.create", entityType: "Program", entityId: program.id, after: input });
      return program;
    }),
  );
}

export async function renameProgram(actor: Actor, input: z.infer<typeof renameProgramSchema>): Promise<Result<{ version: number }>> {
  requireThat(canAdminister(actor));
  return db().$transaction(async (tx) => {
    const before = await tx.program.findUnique({ where: { id: input.programId }, select: { name: true } });
    requireThat(before !== null);
    const updated = await tx.program.updateMany({ where: { id: input.programId, version: input.expectedVersion }, data: { name: input.name, version: { increment: 1 } } });
    if (updated.count === 0) return fail(`Someone else changed this program; it is now called “${before.name}”. Reload and try again.`);
    await recordAudit(tx, actor, { action: "program.rename", entityType: "Program", entityId: input.programId, before, after: { name: input.name } });
    return ok({ version: input.expectedVersion + 1 });
  });
}

/** Archived programs leave dashboards and lists but keep their history; archiving again restores. */
export async function toggleProgramArchive(actor: Actor, input: z.infer<typeof archiveProgramSchema>): Promise<Result<{ archived: boolean }>> {
  requireThat(canAdminister(actor));
  return db().$transaction(async (tx) => {
    const before = await tx.program.findUnique({ where: { id: input.programId }, select: { archivedAt: true } });
    requireThat(before !== null);
    const archivedAt = before.archivedAt ? null : new Date();
    const updated = await tx.program.updateMany({ where: { id: input.programId, version: input.expectedVersion }, data: { archivedAt, version: { increment: 1 } } });
    if (updated.count === 0) return fail("Someone else changed this program. Reload and try again.");
    await recordAudit(tx, actor, {
      action: archivedAt ? "program.archive" : "program.restore",
      entityType: "Program",
      entityId: input.programId,
      before: { archived: Boolean(before.archivedAt) },
      after: { archived: Boolean(archivedAt) },
    });
    return ok({ archived: Boolean(archivedAt) });
  });
}

export async function renameAgency(actor: Actor, input: z.infer<typeof renameAgencySchema>): Promise<Result<{ version: number }>> {
  requireThat(canAdminister(actor));
  if (await db().agency.findFirst({ where: { name: input.name, id: { not: input.agencyId } } })) return fail(`Another agency is named ${input.name}.`, { name: ["Choose another name"] });
  return db().$transaction(async (tx) => {
    const before = await tx.agency.findUnique({ where: { id: input.agencyId }, select: { name: true } });
    requireThat(before !== null);
    const updated = await tx.agency.updateMany({ where: { id: input.agencyId, version: input.expectedVersion }, data: { name: input.name, version: { increment: 1 } } });
    if (updated.count === 0) return fail(`Someone else changed this agency; it is now called “${before.name}”. Reload and try again.`);
    await recordAudit(tx, actor, { action: "agency.rename", entityType: "Agency", entityId: input.agencyId, before, after: { name: input.name } });
    return ok({ version: input.expectedVersion + 1 });
  });
}

/**
 * Archiving an agency archives its active programs too, so they leave dashboards with it; their
 * history stays. Restoring brings back the agency; its programs are restored one by one.
 */
export async function toggleAgencyArchive(actor: Actor, input: z.infer<typeof archiveAgencySchema>): Promise<Result<{ archived: boolean }>> {
  requireThat(canAdminister(actor));
  return db().$transaction(async (tx) => {
    const before = await tx.agency.findUnique({ where: { id: input.agencyId }, select: { archivedAt: true, programs: { where: { archivedAt: null }, select: { id: true } } } });
    requireThat(before !== null);
    const archivedAt = before.archivedAt ? null : new Date();
    const updated = await tx.agency.updateMany({ where: { id: input.agencyId, version: input.expectedVersion }, data: { archivedAt, version: { increment: 1 } } });
    if (updated.count === 0) return fail("Someone else changed this agency. Reload and try again.");
    if (archivedAt) await tx.program.updateMany({ where: { agencyId: input.agencyId, archivedAt: null }, data: { archivedAt, version: { increment: 1 } } });
    await recordAudit(tx, actor, {
      action: archivedAt ? "agency.archive" : "agency.restore",
      entityType: "Agency",
      entityId: input.agencyId,
      before: { archived: Boolean(before.archivedAt) },
      after: { archived: Boolean(archivedAt), programsArchived: archivedAt ? before.programs.map((p) => p.id) : [] },
    });
    return ok({ archived: Boolean(archivedAt) });
  });
}
