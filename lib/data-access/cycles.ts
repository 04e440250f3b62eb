import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import type { CycleSummary } from "./internal/cycles";

/** Every cycle, newest first, for cycle pickers. Cycles are public to every signed-in role. */
export async function listCycles(_actor: Actor): Promise<(CycleSummary & { status: string })[]> {
  return db().cycle.findMany({ orderBy: { startsOn: "desc" }, select: { id: true, name: true, startsOn: true, endsOn: true, submissionDueOn: true, reviewDueOn: true, status: true } });
}
