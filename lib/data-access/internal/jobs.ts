import "server-only";
import PgBoss from "pg-boss";
import type { Prisma } from "@/lib/db/generated/client";
import { QUEUES } from "@/lib/jobs/queues";

/** pg-boss's SQL run on the caller's transaction (with its parameters as node-postgres would send them). */
const onTransaction = (tx: Prisma.TransactionClient): PgBoss.Db => ({
  executeSql: async (text, values) => ({
    rows: await tx.$queryRawUnsafe<unknown[]>(text, ...values.map((v: unknown) => (v === undefined ? null : typeof v === "object" && v !== null && !(v instanceof Date) ? JSON.stringify(v) : v))),
  }),
});

// Only queues jobs, always on a transaction it is given: it never connects or starts on its own.
const queue = new PgBoss({
  db: {
    executeSql: () => {
      throw new Error("Jobs are queued on the transaction of the change that causes them.");
    },
  },
});

/**
 * Queues a job in the transaction of the change that calls for it: the job exists exactly when the
 * change does, whatever happens to this process after the commit.
 */
export async function queueJob(tx: Prisma.TransactionClient, name: (typeof QUEUES)[keyof typeof QUEUES], data: object, singletonKey: string): Promise<void> {
  await queue.send(name, data, { singletonKey, db: onTransaction(tx) });
}

/** Queues the sending of an e-mail written in this transaction. */
export const queueMail = (tx: Prisma.TransactionClient, mailId: string) => queueJob(tx, QUEUES.sendMail, { mailId }, mailId);
