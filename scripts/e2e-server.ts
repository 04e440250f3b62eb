// The server Playwright starts: a fresh database on its own embedded cluster (or E2E_DATABASE_URL),
// demo data, the production build, port 3100.
import { e2eDatabase } from "./lib/app-database";
import { serve } from "./lib/serve";

if (process.env.E2E_DATABASE_URL) process.env.DATABASE_URL = process.env.E2E_DATABASE_URL;
else delete process.env.DATABASE_URL;
process.env.CX_DEMO_DATA = "1";
delete process.env.NEXTAUTH_URL;

await serve({ database: { ...e2eDatabase, fresh: true }, port: 3100 }).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
