// The servers Playwright starts, each on a fresh database of its own embedded cluster:
//   (default)  demo data, port 3100 (or E2E_DATABASE_URL)
//   --empty    an empty install as production runs it: no demo data, a given secret, port 3200
import { randomBytes } from "node:crypto";
import { e2eDatabase, emptyInstallDatabase } from "./lib/app-database";
import { serve } from "./lib/serve";

const empty = process.argv.includes("--empty");
if (process.env.E2E_DATABASE_URL && !empty) process.env.DATABASE_URL = process.env.E2E_DATABASE_URL;
else delete process.env.DATABASE_URL;
delete process.env.NEXTAUTH_URL;
if (empty) {
  process.env.CX_DEMO_DATA = "0";
  process.env.NEXTAUTH_SECRET = randomBytes(48).toString("base64url");
} else {
  process.env.CX_DEMO_DATA = "1";
}

await serve({ database: { ...(empty ? emptyInstallDatabase : e2eDatabase), fresh: true }, port: empty ? 3200 : 3100 }).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
