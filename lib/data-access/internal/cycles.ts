import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { db } from "@/lib/db/client";

export type CycleSummary = { id: string; name: string; startsOn: Date; endsOn: Date; submissionDueOn: Date | null; reviewDueOn: Date | null };
const cycleSummary = { id: true, name: true, startsOn: true, endsOn: true, submissionDueOn: true, reviewDueOn: true } as const;

/** The cycle programs are assessing in now: the latest open one. Cycles are public to every role. */
export async function findOpenCycle(client: Prisma.TransactionClient = db()): Promise<CycleSummary | null> {
  return client.cycle.findFirst({ where: { status: "OPEN" }, orderBy: { startsOn: "desc" }, select: cycleSummary });
}

/** The cycle a page asked for by name, else the open one, else the newest. */
export async function resolveCycle(name: string | undefined): Promise<CycleSummary | null> {
  if (name) {
    const named = await db().cycle.findUnique({ where: { name }, select: cycleSummary });
    if (named) return named;
  }
  return (await findOpenCycle()) ?? db().cycle.findFirst({ orderBy: { startsOn: "desc" }, select: cycleSummary });
}
