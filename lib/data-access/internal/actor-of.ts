import "server-only";
import type { Actor, Role } from "@/lib/auth/actor";

/** The user fields an Actor is made of, as sessions and API tokens load them. */
export const actorFields = { id: true, email: true, name: true, role: true, agencyId: true, memberships: { select: { programId: true } } } as const;

/** The Actor a user acts as: a CCO scoped to their agency, a lead to their programs, others to all. */
export function actorOf(user: { id: string; email: string; name: string; role: Role; agencyId: string | null; memberships: { programId: string }[] }): Actor {
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    agencyId: user.role === "CCO" ? user.agencyId : null,
    programIds: user.role === "LEAD" || user.role === "RESPONDENT" ? user.memberships.map((m) => m.programId) : [],
  };
}
