import { randomUUID } from "node:crypto";
import { readdir } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDatabase, dropDatabase, withDatabase } from "../lib/testing/integration-setup";
import { applyMigrations, migrationStatus, schemaDrift } from "../scripts/lib/migrations";
import { loadSchemaFiles, migrationsDir } from "../scripts/lib/schema-engine";

const serverUrl = inject("serverUrl");
const name = `cx_mig_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
const url = withDatabase(serverUrl, name);

beforeAll(() => createDatabase(serverUrl, name));
afterAll(() => dropDatabase(serverUrl, name));

describe("migrations", () => {
  it("apply to an empty database, in order, and a second run applies nothing", async () => {
    const folders = (await readdir(migrationsDir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
    expect(folders.length).toBeGreaterThan(0);
    expect(await applyMigrations(url)).toEqual(folders);
    expect(await applyMigrations(url)).toEqual([]);
    const status = await migrationStatus(url);
    expect(status.history).toBeNull();
    expect(status.failedMigrationNames).toEqual([]);
    expect(status.editedMigrationNames).toEqual([]);
  });

  it("agree with schema.prisma (run `npm run db:migrate:create -- <name>` when this fails)", async () => {
    expect(await schemaDrift(serverUrl)).toBe("");
  });

  it("the drift check notices a schema change that has no migration", async () => {
    const [schema] = await loadSchemaFiles();
    const changed = { path: schema!.path, content: `${schema!.content}\nmodel Unmigrated {\n  id Int @id\n}\n` };
    expect(await schemaDrift(serverUrl, [changed])).toContain('CREATE TABLE "Unmigrated"');
  });
});
