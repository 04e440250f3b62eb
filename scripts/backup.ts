// npm run db:backup [-- <file>]: a pg_dump archive of the app's database (DATABASE_URL, or the
// embedded demo server), by default backups/cx-maturity-<time>.dump.
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { appDatabase } from "./lib/app-database";
import { backupDatabase } from "./lib/backup";
import { openDatabase } from "./lib/database";

const target = process.argv[2] ?? path.join("backups", `cx-maturity-${new Date().toISOString().replaceAll(":", "-").replace(/\.\d+Z$/, "Z")}.dump`);
const db = await openDatabase(appDatabase);
let exitCode = 0;
try {
  await mkdir(path.dirname(path.resolve(target)), { recursive: true });
  await backupDatabase(db.url, target);
  console.log(`Backed up to ${target}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  exitCode = 1;
} finally {
  await db.stop();
}
process.exit(exitCode);
