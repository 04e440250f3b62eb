// The frame of every db:* and admin:* script: open the app's database (DATABASE_URL, or the embedded
// server), do the work, print a failure as one line, always stop what was opened, and exit.
import type { PrismaClient } from "../../lib/db/generated/client";
import { appDatabase } from "./app-database";
import { openDatabase } from "./database";
import { createPrismaClient } from "./prisma";

type Work = (db: { url: string; prisma: () => PrismaClient }) => Promise<number | void>;

/** Runs `work` and exits with the code it returns (0 when none; 1 when it throws). */
export async function runAppScript(work: Work): Promise<never> {
  const db = await openDatabase(appDatabase);
  let prisma: PrismaClient | undefined;
  let exitCode = 0;
  try {
    exitCode = (await work({ url: db.url, prisma: () => (prisma ??= createPrismaClient(db.url)) })) ?? 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    exitCode = 1;
  } finally {
    await prisma?.$disconnect();
    await db.stop();
  }
  // pg's idle pools would keep Node alive for seconds.
  process.exit(exitCode);
}
