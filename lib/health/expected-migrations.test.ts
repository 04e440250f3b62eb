import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { expectedMigrationsFile, migrationFolders, renderExpectedMigrations } from "@/scripts/lib/expected-migrations";
import { expectedMigrations } from "./expected-migrations";

describe("the migrations /api/ready expects", () => {
  it("are the folders of prisma/migrations (run `npx tsx scripts/write-expected-migrations.ts` when this fails)", async () => {
    const folders = await migrationFolders();
    expect(folders.length).toBeGreaterThan(0);
    expect(expectedMigrations).toEqual(folders);
    expect(await readFile(expectedMigrationsFile, "utf8")).toBe(renderExpectedMigrations(folders));
  });
});
