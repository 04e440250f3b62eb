// Readiness against a real PostgreSQL: this file's own database, first empty, then migrated, then
// with its migration history damaged the ways a failed or partial deploy leaves it.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db/client";
import { expectedMigrations } from "@/lib/health/expected-migrations";
import { createDatabase, dropDatabase, withDatabase } from "@/lib/testing/integration-setup";
import { applyMigrations } from "@/scripts/lib/migrations";
import { readiness } from "./health";

const serverUrl = inject("serverUrl");
const name = `cx_ready_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
const url = withDatabase(serverUrl, name);
const last = expectedMigrations.at(-1)!;

beforeAll(async () => {
  await createDatabase(serverUrl, name);
  // Before the app's client first reads its configuration (once per test file).
  process.env.DATABASE_URL = url;
});

afterAll(async () => {
  await db().$disconnect();
  await dropDatabase(serverUrl, name);
});

describe("readiness", () => {
  it("a database never migrated: reachable, every migration pending", async () => {
    expect(await readiness()).toEqual({ status: "unavailable", database: "ok", migrations: "pending", pendingMigrations: [...expectedMigrations] });
  });

  it("migrated: ready", async () => {
    await applyMigrations(url);
    expect(await readiness()).toEqual({ status: "ok", database: "ok", migrations: "ok" });
  });

  it("a migration with no row in _prisma_migrations is pending", async () => {
    const [row] = await db().$queryRaw<Record<string, unknown>[]>`SELECT * FROM _prisma_migrations WHERE migration_name = ${last}`;
    await db().$executeRaw`DELETE FROM _prisma_migrations WHERE migration_name = ${last}`;
    try {
      expect(await readiness()).toEqual({ status: "unavailable", database: "ok", migrations: "pending", pendingMigrations: [last] });
    } finally {
      await db().$executeRaw`INSERT INTO _prisma_migrations SELECT * FROM json_populate_record(NULL::_prisma_migrations, ${JSON.stringify(row)}::json)`;
    }
    expect(await readiness()).toMatchObject({ status: "ok" });
  });

  it("a migration that failed or was rolled back is pending", async () => {
    await db().$executeRaw`UPDATE _prisma_migrations SET finished_at = NULL WHERE migration_name = ${last}`;
    expect(await readiness()).toMatchObject({ status: "unavailable", pendingMigrations: [last] });
    await db().$executeRaw`UPDATE _prisma_migrations SET finished_at = now(), rolled_back_at = now() WHERE migration_name = ${last}`;
    expect(await readiness()).toMatchObject({ status: "unavailable", pendingMigrations: [last] });
  });
});
