import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";

/**
 * The program's latest accepted assessment of a cycle that began before `before`: what a new cycle
 * carries forward from, and what its results compare with.
 */
export function lastAcceptedBefore<S extends Prisma.AssessmentSelect>(programId: string, before: Date, select: S) {
  return db().assessment.findFirst({
    where: { programId, status: "ACCEPTED", cycle: { startsOn: { lt: before } } },
    orderBy: { cycle: { startsOn: "desc" } },
    select,
  });
}
