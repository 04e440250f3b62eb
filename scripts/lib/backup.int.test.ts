// db:backup and db:restore round trip on the real server: every table's rows and checksum survive.
import { randomUUID } from "node:crypto";
import { rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { seedDatabase } from "@/prisma/seed";
import { createDatabase, dropDatabase, withDatabase } from "@/lib/testing/integration-setup";
import { backupDatabase, restoreDatabase } from "./backup";
import { applyMigrations } from "./migrations";
import { createPrismaClient } from "./prisma";

const server = inject("serverUrl");
const urlOf = (name: string) => withDatabase(server, name);
const suffix = randomUUID().replaceAll("-", "").slice(0, 10);
const source = `backup_source_${suffix}`;
const target = `backup_target_${suffix}`;
const archive = path.join(os.tmpdir(), `cx-backup-${suffix}.dump`);

/** Row count and an md5 over every row's text, per table of the public schema. */
async function fingerprint(url: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1");
    const result: Record<string, string> = {};
    for (const { name } of tables) {
      const { rows } = await client.query<{ n: number; sum: string }>(
        `SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS sum FROM "${name}" t`,
      );
      result[name] = `${rows[0]!.n} rows, md5 ${rows[0]!.sum}`;
    }
    return result;
  } finally {
    await client.end();
  }
}

afterAll(async () => {
  await rm(archive, { force: true });
  await dropDatabase(server, source);
  await dropDatabase(server, target);
});

describe("backup and restore", () => {
  it("bring back every row of every table, with the audit log still append-only", async () => {
    await createDatabase(server, source);
    await createDatabase(server, target);
    await applyMigrations(urlOf(source));
    const prisma = createPrismaClient(urlOf(source));
    await seedDatabase(prisma, { demo: true });
    await prisma.$disconnect();
    // The target has data of its own, which the restore replaces.
    await applyMigrations(urlOf(target));
    const other = createPrismaClient(urlOf(target));
    await other.agency.create({ data: { name: "Only in the target", abbreviation: "OIT" } });
    await other.$disconnect();

    const before = await fingerprint(urlOf(source));
    expect(before.Answer).not.toMatch(/^0 rows/);
    await backupDatabase(urlOf(source), archive);
    await restoreDatabase(urlOf(target), archive);
    expect(await fingerprint(urlOf(target))).toEqual(before);

    const client = new pg.Client({ connectionString: urlOf(target) });
    await client.connect();
    try {
      await expect(client.query(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/append-only/i);
    } finally {
      await client.end();
    }
  }, 180_000);
});
