// Writes lib/health/expected-migrations.ts, the list of migrations a build expects the database to
// have applied (read by /api/ready). It is a module rather than a `readdir` of prisma/migrations at
// run time so the server needs no source folder beside it (a standalone or container build ships
// only .next) and the list is the one the build was made with. `npm run db:migrate:create` rewrites
// it; a unit test fails when it and the folder disagree.
import { readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { migrationsDir, projectRoot } from "./schema-engine";

export const expectedMigrationsFile = path.join(projectRoot, "lib/health/expected-migrations.ts");

export async function migrationFolders(): Promise<string[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  return entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
}

export function renderExpectedMigrations(names: readonly string[]): string {
  return [
    "// Generated from prisma/migrations by scripts/lib/expected-migrations.ts (npm run db:migrate:create",
    "// rewrites it); a unit test fails when the two disagree. Do not edit by hand.",
    "export const expectedMigrations: readonly string[] = [",
    ...names.map((name) => `  ${JSON.stringify(name)},`),
    "];",
    "",
  ].join("\n");
}

export async function writeExpectedMigrations(): Promise<void> {
  await writeFile(expectedMigrationsFile, renderExpectedMigrations(await migrationFolders()));
}
