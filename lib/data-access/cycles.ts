import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { db } from "@/lib/db/client";

export type CycleSummary = { id: string; name: string; startsOn: Date; endsOn: Date };

/** The cycle programs are assessing in now: the latest open one. Cycles are public to every role. */
export async function findOpenCycle(client: Prisma.TransactionClient = db()): Promise<CycleSummary | null> {
  return client.cycle.findFirst({
    where: { status: "OPEN" },
    orderBy: { startsOn: "desc" },
    select: { id: true, name: true, startsOn: true, endsOn: true },
  });
}
