import "server-only";
import { notFound } from "next/navigation";
import type { Role } from "@/lib/db/generated/enums";
import type { Actor } from "@/lib/auth/actor";

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

/** Prisma's "record not found" and an invalid uuid both mean: not found. */
export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
