// npm run db:restore -- <file> --yes: replaces the app's database (DATABASE_URL, or the embedded demo
// server) with a db:backup archive. --yes, because everything written since the backup is lost.
import { restoreDatabase } from "./lib/backup";
import { runAppScript } from "./lib/app-script";

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith("--"));
if (!file || !args.includes("--yes")) {
  console.error("Usage: npm run db:restore -- <backup file> --yes\nThis replaces everything in the database with the backup's contents.");
  process.exit(2);
}
await runAppScript(async (db) => {
  await restoreDatabase(db.url, file);
  console.log(`Restored ${file}`);
});
