// Rewrites lib/health/expected-migrations.ts from prisma/migrations (db:migrate:create does it too).
import { writeExpectedMigrations, expectedMigrationsFile } from "./lib/expected-migrations";

await writeExpectedMigrations();
console.log(`Wrote ${expectedMigrationsFile}`);
