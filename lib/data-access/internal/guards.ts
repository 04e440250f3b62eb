import "server-only";
import { notFound } from "next/navigation";
import type { Role } from "@/lib/db/generated/enums";
import type { Actor } from "@/lib/auth/actor";
import { recordSecurityEvent } from "./security-events";

/**
 * Out of role gives the same answer as a missing page: nobody learns that an area or a row exists
 * from a refusal.
 */
export function requireRole(actor: Actor, ...roles: Role[]): void {
  if (!roles.includes(actor.role)) notFound();
}

export function requireThat(allowed: boolean): asserts allowed {
  if (!allowed) notFound();
}

/**
 * A row that exists but lies outside the actor's scope (another program's, another agency's): the
 * same "not found" as a missing row, and a security event in the audit log, since no page of the app
 * links there and someone reaching it has followed an old link or is guessing ids.
 */
export async function requireScope(actor: Actor, allowed: boolean, entity: { type: string; id: string }): Promise<void> {
  if (allowed) return;
  await recordSecurityEvent({
    action: "access-refused",
    source: actor.userId,
    actor: { userId: actor.userId, email: actor.email },
    entityType: entity.type,
    entityId: entity.id,
    detail: { role: actor.role },
  });
  notFound();
}

/** Prisma's "record not found" and an invalid uuid both mean: not found. */
export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
