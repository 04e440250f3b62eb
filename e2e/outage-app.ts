// The outage spec's own app: `next start` over its own embedded PostgreSQL cluster, which the spec
// stops and starts while the app keeps running. It never builds: the suite's first web server has
// already brought .next up to date, and a second build at the same time would break both.
import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { access, mkdir } from "node:fs/promises";
import path from "node:path";
import type { ChildProcess } from "node:child_process";
import { hashPassword } from "../lib/auth/password";
import { outageDatabase } from "../scripts/lib/app-database";
import { openEmbeddedDatabase, type Database } from "../scripts/lib/database";
import { applyMigrations } from "../scripts/lib/migrations";
import { createPrismaClient } from "../scripts/lib/prisma";
import { projectRoot } from "../scripts/lib/schema-engine";
import { startNext } from "../scripts/lib/serve";

export const OUTAGE_PASSWORD = "outage-password-long-enough";
export const OUTAGE_LEAD = "lead.outage@example.gov";

export type OutageApp = { stopDatabase(): Promise<void>; startDatabase(): Promise<void>; close(): Promise<void>; log: string };

async function open(fresh: boolean): Promise<Database> {
  const database = await openEmbeddedDatabase({ ...outageDatabase, fresh });
  if (database.reused) {
    throw new Error(`A PostgreSQL left over from an earlier run holds port ${outageDatabase.port}; stop it (its pid is in .data/outage/postgres/postmaster.pid) and run again.`);
  }
  return database;
}

async function addLead(url: string) {
  const prisma = createPrismaClient(url);
  try {
    await prisma.agency.create({
      data: {
        name: "Outage Agency",
        abbreviation: "OUT",
        programs: {
          create: {
            name: "Outage Program",
            memberships: { create: { user: { create: { email: OUTAGE_LEAD, name: "Outage Lead", role: "LEAD", passwordHash: await hashPassword(OUTAGE_PASSWORD) } } } },
          },
        },
      },
    });
  } finally {
    await prisma.$disconnect();
  }
}

async function waitUntilServing(server: ChildProcess, url: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited with code ${server.exitCode}`);
    const answered = await fetch(`${url}/api/health`).then((r) => r.ok, () => false);
    if (answered) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

/** Starts the database (fresh) and the app at `url` (http://localhost:PORT); the log goes to .data/outage/next.log. */
export async function startOutageApp(url: string): Promise<OutageApp> {
  await access(path.join(projectRoot, ".next/BUILD_ID")).catch(() => {
    throw new Error("No build in .next: run `next build` (the suite's first web server does) before this spec.");
  });
  let database = await open(true);
  // Only what the pages under test read: no model or toolkit seed, which would slow the start.
  await applyMigrations(database.url);
  await addLead(database.url);

  const log = path.join(projectRoot, ".data", outageDatabase.name, "next.log");
  await mkdir(path.dirname(log), { recursive: true });
  const out = createWriteStream(log);
  const port = Number(new URL(url).port);
  const server = startNext({ port, databaseUrl: database.url, secret: randomBytes(48).toString("base64url"), url, stdio: ["ignore", "pipe", "pipe"] });
  server.stdout?.pipe(out);
  server.stderr?.pipe(out);
  try {
    await waitUntilServing(server, url);
  } catch (error) {
    server.kill("SIGTERM");
    await database.stop();
    throw error;
  }

  return {
    log,
    stopDatabase: () => database.stop(),
    // The same cluster and data, as after a database server restart.
    startDatabase: async () => {
      database = await open(false);
    },
    close: async () => {
      const exited = new Promise((resolve) => server.once("exit", resolve));
      if (server.exitCode === null) server.kill("SIGTERM");
      await exited;
      await database.stop();
    },
  };
}
