// Brings the app up: database (embedded or DATABASE_URL), migrations, model and demo seed,
// a production build when the sources changed, then `next start`.
import { spawn, spawnSync, type ChildProcess, type StdioOptions } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdir, readFile, readdir, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { openDatabase, type EmbeddedOptions } from "./database";
import { applyMigrations } from "./migrations";
import { createPrismaClient } from "./prisma";
import { projectRoot } from "./schema-engine";
import { serverHeapFlags } from "./server-heap";
import { checkSecret, startMode } from "./start-config";
import { singleSignOnProblem } from "../../lib/env-schema";
import { seedDatabase } from "../../prisma/seed";

export type ServeOptions = {
  database: EmbeddedOptions;
  port: number;
  say?: (line: string) => void;
  /**
   * "if-stale" (the default) builds when the sources changed; "never" only serves the build there is,
   * and refuses when it is missing or older than the sources: for a server started beside others that
   * build, which must not start a second `next build` in the same .next folder.
   */
  build?: "if-stale" | "never";
};

const nextBin = path.join(projectRoot, "node_modules/.bin/next");

async function newestMtime(target: string): Promise<number> {
  const info = await stat(target).catch(() => null);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  const entries = await readdir(target);
  const times = await Promise.all(entries.filter((e) => e !== "generated").map((e) => newestMtime(path.join(target, e))));
  return Math.max(info.mtimeMs, ...times);
}

/** Builds unless .next holds a build newer than every source that goes into it ("never": refuses instead). */
export async function buildIfStale(say: (line: string) => void, build: "if-stale" | "never" = "if-stale") {
  const built = (await stat(path.join(projectRoot, ".next/BUILD_ID")).catch(() => null))?.mtimeMs ?? 0;
  const sources = ["app", "components", "lib", "public", "next.config.js", "package-lock.json", "prisma/schema.prisma"];
  const newest = Math.max(...(await Promise.all(sources.map((s) => newestMtime(path.join(projectRoot, s))))));
  if (built > newest) return;
  if (build === "never") {
    throw new Error(
      built
        ? "The production build in .next is older than the sources, and this server does not build: run `npx next build` (the e2e suite's first web server does) and start again."
        : "There is no production build in .next, and this server does not build: run `npx next build` (the e2e suite's first web server does) and start again.",
    );
  }
  say("Building the app (next build)…");
  const result = spawnSync(nextBin, ["build"], { cwd: projectRoot, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) throw new Error("next build failed");
}

async function demoSecret(): Promise<string> {
  const file = path.join(projectRoot, ".data/nextauth-secret");
  const existing = (await readFile(file, "utf8").catch(() => "")).trim();
  if (existing) return existing;
  const secret = randomBytes(48).toString("base64url");
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}

export type NextStartOptions = {
  port: number;
  databaseUrl: string;
  secret: string;
  url: string;
  stdio?: StdioOptions;
  /** More environment, e.g. NEXT_SERVER_ACTIONS_ENCRYPTION_KEY shared by several instances. */
  env?: Record<string, string>;
  /** In a process group of its own, so a test can kill it with everything it started. */
  detached?: boolean;
};

/**
 * The build in .next served by scripts/next-server.ts (Next.js's handler, as `next start` runs it, with
 * the client's address made trustworthy); it never builds, and is configured through its environment.
 */
export function startNext({ port, databaseUrl, secret, url, stdio = "inherit", env = {}, detached = false }: NextStartOptions): ChildProcess {
  // One process, not tsx's launcher and its child: signals, process groups and memory figures (the
  // benchmark reads this pid's RSS) all belong to the server itself.
  return spawn(process.execPath, [...serverHeapFlags(process.env.NODE_OPTIONS), "--import", "tsx", path.join(projectRoot, "scripts/next-server.ts"), "--port", String(port)], {
    cwd: projectRoot,
    stdio,
    detached,
    env: { ...process.env, ...env, PORT: String(port), DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: secret, NEXTAUTH_URL: url, NEXT_TELEMETRY_DISABLED: "1" },
  });
}

export async function serve({ database, port, say = console.log, build = "if-stale" }: ServeOptions): Promise<void> {
  // Checked before anything starts, so a refusal leaves no database running.
  const sso = singleSignOnProblem(process.env);
  if (sso) throw new Error(`Refusing to start: ${sso}`);
  if (build === "never") await buildIfStale(say, "never");
  const mode = startMode(process.env);
  let secret = process.env.NEXTAUTH_SECRET ?? "";
  const secretProblem = checkSecret(secret);
  if (secretProblem) {
    if (!mode.demo) throw new Error(`Refusing to start: ${secretProblem}`);
    secret = await demoSecret();
  }

  const db = await openDatabase(database);
  say(db.embedded ? `Embedded PostgreSQL is running on port ${database.port} (data in .data/${database.name}).` : "Using DATABASE_URL.");
  const applied = await applyMigrations(db.url);
  if (applied.length) say(`Applied migrations: ${applied.join(", ")}`);
  const prisma = createPrismaClient(db.url);
  try {
    for (const seeded of await seedDatabase(prisma, { demo: mode.demo })) say(`Seeded ${seeded}.`);
  } finally {
    await prisma.$disconnect();
  }

  if (build === "if-stale") await buildIfStale(say, "if-stale");
  const url = process.env.NEXTAUTH_URL ?? `http://localhost:${port}`;
  const server = startNext({ port, databaseUrl: db.url, secret, url });
  say(`CX Maturity Assessment is starting at ${url}`);

  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    server.kill("SIGTERM");
    await db.stop();
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  server.on("exit", (code) => void stop(code ?? 1));
}
