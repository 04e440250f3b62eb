// Multi-row inserts through unnest(): one statement per batch, each column sent as one array
// parameter. Without COPY (pg-copy-streams is not a dependency) this is PostgreSQL's fastest path.
import type pg from "pg";

/**
 * Column name → the element type of its array parameter, optionally with a cast applied after
 * unnest ("text::jsonb"): enums, jsonb and text[] (unnest would flatten a two-dimensional array)
 * travel as text.
 */
export type Columns<Row> = { [K in keyof Row & string]: string };

export type Table<Row> = { name: string; columns: Columns<Row> };

const DEFAULT_BATCH = 10_000;

function insertSql<Row>(table: Table<Row>): { text: string; names: (keyof Row & string)[] } {
  const names = Object.keys(table.columns) as (keyof Row & string)[];
  const specs = names.map((n) => table.columns[n].split("::"));
  const params = specs.map(([type], i) => `$${i + 1}::${type}[]`).join(", ");
  const selected = specs.map(([, cast], i) => (cast ? `c${i}::${cast}` : `c${i}`)).join(", ");
  const aliases = names.map((_, i) => `c${i}`).join(", ");
  const columns = names.map((n) => `"${n}"`).join(", ");
  return { text: `INSERT INTO "${table.name}" (${columns}) SELECT ${selected} FROM unnest(${params}) AS u(${aliases})`, names };
}

/** Inserts rows in batches on the given client (the caller owns the transaction). Returns the count. */
export async function bulkInsert<Row>(client: pg.ClientBase, table: Table<Row>, rows: readonly Row[], batchSize = DEFAULT_BATCH): Promise<number> {
  const { text, names } = insertSql(table);
  for (let from = 0; from < rows.length; from += batchSize) {
    const batch = rows.slice(from, from + batchSize);
    await client.query({ text, values: names.map((n) => batch.map((row) => row[n] ?? null)) });
  }
  return rows.length;
}

/** Runs work in one transaction on a client of the pool, so a failed step leaves nothing half-written. */
export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

/**
 * Inserts rows a batch per transaction, into a table whose triggers update one row for every row
 * inserted (PortfolioRevision, bumped for each accepted assessment and its snapshot). PostgreSQL
 * cannot prune the versions an open transaction leaves of a row it keeps updating, so each update
 * walks all the earlier ones, and the time grows with the square of the rows: at 20,000 programs one
 * transaction of 200,000 assessments was still running after four minutes (ten seconds at 2,000).
 * A commit every 5,000 rows starts the walk afresh.
 */
export async function bulkInsertCommitted<Row>(pool: pg.Pool, table: Table<Row>, rows: readonly Row[], batchSize = DEFAULT_BATCH): Promise<number> {
  for (let from = 0; from < rows.length; from += batchSize) {
    await inTransaction(pool, (client) => bulkInsert(client, table, rows.slice(from, from + batchSize), batchSize));
  }
  return rows.length;
}

/** Runs work(0 … count - 1) with at most `limit` at a time: batches on several connections load faster. */
export async function inParallel(count: number, limit: number, work: (index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) await work(next++);
  };
  await Promise.all(Array.from({ length: Math.min(limit, count) }, worker));
}

/** A PostgreSQL array literal for one text[] value, sent as text and cast with "text::text[]". */
export function textArrayLiteral(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`).join(",")}}`;
}
