// Where the benchmark data goes: BENCH_DATABASE_URL, or the embedded "bench" cluster, dropped and
// created again. Never the app's database: the load writes two thousand programs into it.
import pg from "pg";
import { openDatabase, type Database } from "../../scripts/lib/database";
import { benchDatabase } from "../../scripts/lib/app-database";

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

export async function openBenchDatabase(): Promise<Database> {
  const benchUrl = process.env.BENCH_DATABASE_URL;
  const appUrl = process.env.DATABASE_URL;
  if (benchUrl) {
    if (appUrl && sameDatabase(benchUrl, appUrl)) {
      throw new Error("BENCH_DATABASE_URL is the app's DATABASE_URL. The benchmark load replaces everything in it; give it a database of its own.");
    }
    // An external database has no "fresh" option: empty it as npm run db:reset does.
    const client = new pg.Client({ connectionString: benchUrl });
    await client.connect();
    try {
      await client.query("DROP SCHEMA IF EXISTS public CASCADE");
      await client.query("CREATE SCHEMA public");
    } finally {
      await client.end();
    }
    return { url: benchUrl, embedded: false, stop: async () => {} };
  }
  // openDatabase hands back DATABASE_URL whenever it is set, which here would be the app's data.
  delete process.env.DATABASE_URL;
  return openDatabase({ ...benchDatabase, fresh: true });
}
