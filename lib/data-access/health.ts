import "server-only";
import { probeDatabase } from "@/lib/availability/state";
import { db } from "@/lib/db/client";
import { expectedMigrations } from "@/lib/health/expected-migrations";
import { pendingMigrations, type MigrationRow } from "@/lib/health/pending-migrations";

export type Readiness =
  | { status: "ok"; database: "ok"; migrations: "ok" }
  | { status: "unavailable"; database: "unreachable" }
  | { status: "unavailable"; database: "error" }
  | { status: "unavailable"; database: "ok"; migrations: "pending"; pendingMigrations: string[] };

/** `SELECT 1` within the probe's timeout; the answer is also what proxy.ts goes by until the next probe. */
export function databaseReachable(): Promise<boolean> {
  db(); // creating the client registers the probe
  return probeDatabase();
}

async function migrationRows(): Promise<MigrationRow[]> {
  // A database that was never migrated has no table at all: every migration is pending.
  const [table] = await db().$queryRaw<{ present: boolean }[]>`SELECT to_regclass('_prisma_migrations') IS NOT NULL AS present`;
  if (!table?.present) return [];
  const rows = await db().$queryRaw<{ name: string; finished: boolean; rolledBack: boolean }[]>`
    SELECT migration_name AS name, finished_at IS NOT NULL AS finished, rolled_back_at IS NOT NULL AS "rolledBack"
    FROM _prisma_migrations`;
  return rows;
}

/** For /api/ready: the database answers and has every migration this build expects. Never throws. */
export async function readiness(): Promise<Readiness> {
  if (!(await databaseReachable())) return { status: "unavailable", database: "unreachable" };
  try {
    const pending = pendingMigrations(expectedMigrations, await migrationRows());
    if (pending.length) return { status: "unavailable", database: "ok", migrations: "pending", pendingMigrations: pending };
    return { status: "ok", database: "ok", migrations: "ok" };
  } catch (error) {
    // Reachable but unreadable (permissions, a dropped schema): the details go to the server log only.
    console.error("Readiness check failed:", error);
    return { status: "unavailable", database: "error" };
  }
}
