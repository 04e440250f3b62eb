import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { Actor } from "@/lib/auth/actor";

export type AuditEntry = {
  action: string;
  entityType: string;
  entityId: string;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
};

/** Written in the same transaction as the change it describes, so neither exists without the other. */
export async function recordAudit(tx: Prisma.TransactionClient, actor: Pick<Actor, "userId" | "email"> | null, entry: AuditEntry) {
  await tx.auditEvent.create({
    data: {
      actorId: actor?.userId ?? null,
      actorEmail: actor?.email ?? "system",
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: entry.before,
      after: entry.after,
    },
  });
}
