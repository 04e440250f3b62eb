// The servers Playwright starts, each on a fresh database of its own embedded cluster:
//   (default)  demo data, port 3100 (or E2E_DATABASE_URL), e-mail to the suite's SMTP server (port 2525)
//   --empty    a production start, port 3200: NODE_ENV=production, the database given by
//              DATABASE_URL (this cluster, started here as if it were an external server),
//              no demo flag, a real secret
//   --oidc     demo data, port 3600, single sign-on with the OIDC_* variables it is given: started
//              by e2e/oidc.spec.ts beside the identity provider it starts; serves the build the
//              suite's web servers made and never builds itself
import { randomBytes } from "node:crypto";
import { e2eDatabase, emptyInstallDatabase, oidcDatabase } from "./lib/app-database";
import { openDatabase } from "./lib/database";
import { serve } from "./lib/serve";

const empty = process.argv.includes("--empty");
const oidc = process.argv.includes("--oidc");
delete process.env.NEXTAUTH_URL;
delete process.env.CX_DEMO_DATA;
delete process.env.SMTP_URL;

async function start() {
  if (oidc) {
    delete process.env.DATABASE_URL;
    process.env.CX_DEMO_DATA = "1";
    await serve({ database: { ...oidcDatabase, fresh: true }, port: 3600, build: "never" });
    return;
  }
  if (empty) {
    delete process.env.DATABASE_URL;
    const external = await openDatabase({ ...emptyInstallDatabase, fresh: true });
    Object.assign(process.env, { DATABASE_URL: external.url, NODE_ENV: "production", NEXTAUTH_SECRET: randomBytes(48).toString("base64url") });
    await serve({ database: emptyInstallDatabase, port: 3200 });
    return;
  }
  if (process.env.E2E_DATABASE_URL) process.env.DATABASE_URL = process.env.E2E_DATABASE_URL;
  else delete process.env.DATABASE_URL;
  process.env.CX_DEMO_DATA = "1";
  // The suite's SMTP server (scripts/e2e-smtp.ts); the other servers keep their mail (no SMTP_URL).
  process.env.SMTP_URL = "smtp://127.0.0.1:2525";
  await serve({ database: { ...e2eDatabase, fresh: true }, port: 3100 });
}

await start().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
