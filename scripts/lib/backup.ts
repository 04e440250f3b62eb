// Backups with PostgreSQL's own tools: pg_dump's custom format out, pg_restore back in. The client
// tools come from the operating system (Debian: postgresql-client-15), matching the server's major
// version (ADR 0004).
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import pg from "pg";

const run = promisify(execFile);

/** The major version of a PostgreSQL client tool (e.g. 15 from "pg_dump (PostgreSQL) 15.18"). */
export async function clientMajor(tool: "pg_dump" | "pg_restore"): Promise<number> {
  const { stdout } = await run(tool, ["--version"]).catch(() => {
    throw new Error(`${tool} was not found. Install PostgreSQL's client tools (on Debian: apt-get install postgresql-client-15).`);
  });
  const match = /\(PostgreSQL\) (\d+)/.exec(stdout);
  if (!match) throw new Error(`Could not read the version of ${tool}: ${stdout.trim()}`);
  return Number(match[1]);
}

export async function serverMajor(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ server_version_num: string }>("SHOW server_version_num");
    return Math.floor(Number(rows[0]!.server_version_num) / 10_000);
  } finally {
    await client.end();
  }
}

/** pg_dump refuses a newer server; say so before it does, with what to do. */
async function assertToolFits(tool: "pg_dump" | "pg_restore", url: string) {
  const [client, server] = await Promise.all([clientMajor(tool), serverMajor(url)]);
  if (client < server) {
    throw new Error(`${tool} ${client} cannot work with PostgreSQL ${server}: install the client tools of version ${server} or later.`);
  }
}

/**
 * Writes a pg_dump custom-format archive of the database at `url` to `file`. The job queue's schema
 * (pgboss) stays out: its jobs are derived from the outbox, whose waiting messages the worker queues
 * again when it starts, and its partitioned tables cannot be cleaned by pg_restore.
 */
export async function backupDatabase(url: string, file: string): Promise<void> {
  await assertToolFits("pg_dump", url);
  await run("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", "--exclude-schema=pgboss", `--file=${file}`, `--dbname=${url}`], { maxBuffer: 64 * 1024 * 1024 });
}

/**
 * Replaces the contents of the database at `url` with the archive, in one transaction: if anything
 * fails, the database is left as it was.
 */
export async function restoreDatabase(url: string, file: string): Promise<void> {
  await assertToolFits("pg_restore", url);
  await run("pg_restore", ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", `--dbname=${url}`, file], {
    maxBuffer: 64 * 1024 * 1024,
  });
}
