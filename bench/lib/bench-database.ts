// Where the benchmark data goes: BENCH_DATABASE_URL, or the embedded cluster of the portfolio's size,
// emptied first. Never the app's database: the load writes thousands of programs into it. Each size
// has a cluster of its own, so seeding one never touches another's data; they share the port, one
// running at a time.
import { realpath } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { benchDatabase } from "../../scripts/lib/app-database";
import { openEmbeddedDatabase, type Database } from "../../scripts/lib/database";
import { projectRoot } from "../../scripts/lib/schema-engine";
import { DEFAULT_PROGRAM_COUNT } from "./synthetic-portfolio";

/** A database ready for a portfolio; cluster: its folder under .data/, or null for BENCH_DATABASE_URL. */
export type BenchDatabase = Database & { cluster: string | null };

/** The cluster folder of a size: "bench" for 2,000 programs (where it always was), "bench-20000" for 20,000. */
export function clusterFor(programs: number): string {
  return programs === DEFAULT_PROGRAM_COUNT ? benchDatabase.name : `${benchDatabase.name}-${programs}`;
}

/** Same server and database, whatever the credentials or spelling of localhost. */
export function sameDatabase(a: string, b: string): boolean {
  if (a === b) return true;
  try {
    const key = (raw: string) => {
      const u = new URL(raw);
      const host = ["localhost", "127.0.0.1", "[::1]"].includes(u.hostname) ? "localhost" : u.hostname.toLowerCase();
      return `${host}:${u.port || "5432"}${u.pathname}`;
    };
    return key(a) === key(b);
  } catch {
    return false;
  }
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** As npm run db:reset does: an external database has no "fresh" option, and every size's cluster shares one name. */
const emptyDatabase = (url: string) =>
  withClient(url, async (client) => {
    await client.query("DROP SCHEMA IF EXISTS public CASCADE");
    await client.query("CREATE SCHEMA public");
  });

/**
 * The embedded cluster of a size, started (or the one already running reused). Every cluster listens
 * on the same port, so the server that answers is checked to be this cluster's before anything is
 * read or emptied: another size's, left running, would otherwise lose its data.
 */
export async function openBenchCluster(cluster: string, options: { fresh: boolean }): Promise<Database> {
  const db = await openEmbeddedDatabase({ ...benchDatabase, name: cluster });
  try {
    const serving = await withClient(db.url, async (client) => (await client.query<{ data_directory: string }>("SHOW data_directory")).rows[0]!.data_directory);
    const expected = path.join(projectRoot, ".data", cluster, "postgres");
    if ((await realpath(serving)) !== (await realpath(expected))) {
      throw new Error(`Port ${benchDatabase.port} is held by the cluster in ${serving}, not .data/${cluster}: stop it (or the bench run that started it) and try again.`);
    }
    if (options.fresh) await emptyDatabase(db.url);
    return db;
  } catch (error) {
    await db.stop();
    throw error;
  }
}

export async function openBenchDatabase(programs: number): Promise<BenchDatabase> {
  const benchUrl = process.env.BENCH_DATABASE_URL;
  const appUrl = process.env.DATABASE_URL;
  if (!benchUrl) return { ...(await openBenchCluster(clusterFor(programs), { fresh: true })), cluster: clusterFor(programs) };
  if (appUrl && sameDatabase(benchUrl, appUrl)) {
    throw new Error("BENCH_DATABASE_URL is the app's DATABASE_URL. The benchmark load replaces everything in it; give it a database of its own.");
  }
  await emptyDatabase(benchUrl);
  return { url: benchUrl, embedded: false, cluster: null, stop: async () => {} };
}
