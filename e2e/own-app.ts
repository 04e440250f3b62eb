// An app of a spec's own: a fresh embedded PostgreSQL cluster, migrated and seeded with only what the
// spec needs, and one or more `next start` instances over it, which the spec can crash (SIGKILL) and
// start again, while it stops and starts the database too. All instances share one NEXTAUTH_SECRET
// and one NEXT_SERVER_ACTIONS_ENCRYPTION_KEY, as instances behind a load balancer must.
//
// It never builds: the suite's first web server (playwright.config.ts) has already brought .next up
// to date, and a second build at the same time would break both.
import { randomBytes } from "node:crypto";
import { createWriteStream, type WriteStream } from "node:fs";
import { access, mkdir } from "node:fs/promises";
import path from "node:path";
import type { ChildProcess } from "node:child_process";
import type { PrismaClient } from "../lib/db/generated/client";
import { openEmbeddedDatabase, type Database } from "../scripts/lib/database";
import { applyMigrations } from "../scripts/lib/migrations";
import { createPrismaClient } from "../scripts/lib/prisma";
import { projectRoot } from "../scripts/lib/schema-engine";
import { startNext } from "../scripts/lib/serve";

export type OwnAppOptions<T> = {
  /** The cluster: its folder under .data/ and its port (scripts/lib/app-database.ts). */
  database: { name: string; port: number; log?: (line: string) => void };
  /** One `next start` per port, all over the one database. */
  ports: readonly number[];
  /** More environment for every instance, e.g. TRUSTED_PROXY_HOPS. */
  env?: Record<string, string>;
  /** Writes what the spec needs, right after the migrations. Keep it small: it runs on every start. */
  seed?: (prisma: PrismaClient) => Promise<T>;
};

export type OwnApp<T> = {
  /** What the seed returned. */
  seeded: T;
  databaseUrl: string;
  /** http://localhost:PORT of each instance, in the order of `ports`. */
  urls: readonly string[];
  /** Each instance's log file (stdout and stderr, appended across restarts). */
  logs: readonly string[];
  /** A Prisma client of the spec's own on the database, for setup and assertions. */
  db(): PrismaClient;
  /** A crash, not a stop: SIGKILL to instance i and everything it started; resolves once it is gone. */
  killApp(i: number): Promise<void>;
  /** Starts instance i again (same port, secrets and database); `env` adds to or overrides its environment. */
  startApp(i: number, env?: Record<string, string>): Promise<void>;
  stopDatabase(): Promise<void>;
  /** The same cluster and data, as after a database server restart. */
  startDatabase(): Promise<void>;
  close(): Promise<void>;
};

async function openCluster(options: OwnAppOptions<unknown>["database"], fresh: boolean): Promise<Database> {
  const database = await openEmbeddedDatabase({ ...options, fresh });
  if (database.reused) {
    throw new Error(
      `A PostgreSQL left over from an earlier run holds port ${options.port}; stop it (its pid is in .data/${options.name}/postgres/postmaster.pid) and run again.`,
    );
  }
  return database;
}

const answersHealth = (url: string) => fetch(`${url}/api/health`).then((r) => r.ok, () => false);

async function waitUntilServing(server: ChildProcess, url: string, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) throw new Error(`next start for ${url} exited (${server.exitCode ?? server.signalCode})`);
    if (await answersHealth(url)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

function exited(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => server.once("exit", () => resolve()));
}

/** Starts the cluster (fresh), migrates, seeds, and starts one `next start` per port. */
export async function startOwnApp<T = void>(options: OwnAppOptions<T>): Promise<OwnApp<T>> {
  await access(path.join(projectRoot, ".next/BUILD_ID")).catch(() => {
    throw new Error("No build in .next: run `next build` (the suite's first web server does) before this spec.");
  });
  const urls = options.ports.map((port) => `http://localhost:${port}`);
  for (const url of urls) {
    if (await answersHealth(url)) throw new Error(`Something already serves ${url} (an app left over from an earlier run?); stop it and run again.`);
  }

  let database = await openCluster(options.database, true);
  const databaseUrl = database.url;
  let prisma: PrismaClient | undefined;
  const servers: (ChildProcess | undefined)[] = options.ports.map(() => undefined);
  const logs = options.ports.map((port) => path.join(projectRoot, ".data", options.database.name, `next-${port}.log`));
  const logStreams: (WriteStream | undefined)[] = options.ports.map(() => undefined);
  // Shared by every instance: a session cookie signed by one is read by the others, and a server
  // action's encrypted arguments rendered by one are decrypted by the others. Base64 of 32 random
  // bytes is what Next.js reads (an AES-256-GCM key; it generates the same itself).
  const shared = {
    secret: randomBytes(48).toString("base64url"),
    // These installations prove other things (crashes, scale-out, a second agency's import); the
    // second factor is proved on the suite's main server and the empty install.
    env: { NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString("base64"), SECOND_FACTOR_ROLES: "none", ...options.env },
  };

  const db = () => (prisma ??= createPrismaClient(databaseUrl));

  const startApp = async (i: number, env: Record<string, string> = {}) => {
    const port = options.ports[i];
    const url = urls[i];
    if (port === undefined || url === undefined) throw new Error(`No instance ${i}: this app has ${options.ports.length}`);
    if (servers[i] && servers[i].exitCode === null && servers[i].signalCode === null) throw new Error(`Instance ${i} (${url}) is running already`);
    logStreams[i] ??= createWriteStream(logs[i]!, { flags: "a" });
    const out = logStreams[i];
    out.write(`\n--- next start on ${url} at ${new Date().toISOString()} ---\n`);
    const server = startNext({ port, databaseUrl, secret: shared.secret, url, env: { ...shared.env, ...env }, stdio: ["ignore", "pipe", "pipe"], detached: true });
    server.stdout?.pipe(out, { end: false });
    server.stderr?.pipe(out, { end: false });
    servers[i] = server;
    try {
      await waitUntilServing(server, url);
    } catch (error) {
      await killApp(i);
      throw error;
    }
  };

  const killApp = async (i: number) => {
    const server = servers[i];
    if (!server?.pid) return;
    const gone = exited(server);
    try {
      // The whole process group (detached above): next start and anything it started, e.g. Chromium.
      process.kill(-server.pid, "SIGKILL");
    } catch {
      // already gone
    }
    await gone;
  };

  const close = async () => {
    await Promise.all(servers.map((_, i) => killApp(i)));
    await prisma?.$disconnect();
    prisma = undefined;
    await database.stop();
    await Promise.all(logStreams.map((s) => s && new Promise((resolve) => s.end(resolve))));
  };

  try {
    await mkdir(path.join(projectRoot, ".data", options.database.name), { recursive: true });
    await applyMigrations(databaseUrl);
    const seeded = (options.seed ? await options.seed(db()) : undefined) as T;
    // One at a time: two cold starts at once on two busy cores only slow each other down.
    for (let i = 0; i < options.ports.length; i++) await startApp(i);
    return {
      seeded,
      databaseUrl,
      urls,
      logs,
      db,
      killApp,
      startApp,
      stopDatabase: () => database.stop(),
      startDatabase: async () => {
        database = await openCluster(options.database, false);
      },
      close,
    };
  } catch (error) {
    await close().catch(() => {});
    throw error;
  }
}
