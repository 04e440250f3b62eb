import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { Actor } from "@/lib/auth/actor";
import { canAdminister } from "@/lib/auth/policy";
import type { AuditFilter } from "@/lib/validation/admin";
import { requireThat } from "./internal/guards";

export const AUDIT_PAGE_SIZE = 50;
export { SECURITY_ACTION_PREFIX } from "./internal/security-events";

function whereOf(filter: AuditFilter): Prisma.AuditEventWhereInput {
  return {
    ...(filter.actor ? { actorEmail: { contains: filter.actor, mode: "insensitive" } } : {}),
    ...(filter.entityType ? { entityType: filter.entityType } : {}),
    ...(filter.action ? { action: { startsWith: filter.action } } : {}),
    ...(filter.from || filter.to
      ? { at: { ...(filter.from ? { gte: new Date(`${filter.from}T00:00:00Z`) } : {}), ...(filter.to ? { lt: new Date(Date.parse(`${filter.to}T00:00:00Z`) + 86_400_000) } : {}) } }
      : {}),
  };
}

const select = { id: true, at: true, actorEmail: true, action: true, entityType: true, entityId: true, before: true, after: true } as const;

/** The audit log, newest first, a page at a time. Read-only: nothing in the app changes it. */
export async function listAuditEvents(actor: Actor, filter: AuditFilter) {
  requireThat(canAdminister(actor));
  const where = whereOf(filter);
  const [total, events, entityTypes] = await Promise.all([
    db().auditEvent.count({ where }),
    db().auditEvent.findMany({ where, orderBy: { id: "desc" }, skip: (filter.page - 1) * AUDIT_PAGE_SIZE, take: AUDIT_PAGE_SIZE, select }),
    db().auditEvent.findMany({ distinct: ["entityType"], select: { entityType: true }, orderBy: { entityType: "asc" } }),
  ]);
  return { total, events, pageSize: AUDIT_PAGE_SIZE, entityTypes: entityTypes.map((e) => e.entityType) };
}

/** Every matching event, newest first, read in batches for a streamed CSV. */
export async function auditEventsForExport(actor: Actor, filter: AuditFilter) {
  requireThat(canAdminister(actor));
  const where = whereOf(filter);
  return (async function* () {
    let cursor: bigint | undefined;
    for (;;) {
      const batch = await db().auditEvent.findMany({ where, orderBy: { id: "desc" }, take: 2000, ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}), select });
      yield* batch;
      if (batch.length < 2000) return;
      cursor = batch.at(-1)!.id;
    }
  })();
}
