// npm run db:backup [-- <file>]: a pg_dump archive of the app's database (DATABASE_URL, or the
// embedded demo server), by default backups/cx-maturity-<time>.dump.
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { backupDatabase } from "./lib/backup";
import { runAppScript } from "./lib/app-script";

const target = process.argv[2] ?? path.join("backups", `cx-maturity-${new Date().toISOString().replaceAll(":", "-").replace(/\.\d+Z$/, "Z")}.dump`);
await runAppScript(async (db) => {
  await mkdir(path.dirname(path.resolve(target)), { recursive: true });
  await backupDatabase(db.url, target);
  console.log(`Backed up to ${target}`);
});
