// npm run db:migrate | db:migrate:create -- <name> [--draft] | db:migrate:status
import { applyMigrations, createMigration, migrationStatus } from "./lib/migrations";
import { runAppScript } from "./lib/app-script";

const [command, ...rest] = process.argv.slice(2);
await runAppScript(async (db) => {
  if (command === "apply") {
    const applied = await applyMigrations(db.url);
    console.log(applied.length ? `Applied: ${applied.join(", ")}` : "The database is up to date.");
  } else if (command === "status") {
    const status = await migrationStatus(db.url);
    console.log(JSON.stringify(status, null, 2));
    return status.history || status.failedMigrationNames.length || status.editedMigrationNames.length ? 1 : 0;
  } else if (command === "create") {
    const name = rest.find((a) => !a.startsWith("--"));
    if (!name) throw new Error("Usage: npm run db:migrate:create -- <name> [--draft]");
    const result = await createMigration(db.url, name, rest.includes("--draft"));
    for (const w of result.warnings) console.warn(`Warning: ${w.message}`);
    for (const s of result.unexecutableSteps) console.warn(`Cannot execute: ${s.message}`);
    console.log(result.created ? `Created prisma/migrations/${result.created}/migration.sql` : "No schema change: nothing created.");
  } else {
    throw new Error("Usage: migrate.ts apply | status | create <name> [--draft]");
  }
});
