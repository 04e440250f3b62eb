import "server-only";
import { LRUCache } from "lru-cache";
import { db } from "@/lib/db/client";

/**
 * The revision of everything the portfolio's figures are computed from, which triggers bump in the
 * same transaction as each change (prisma/migrations/…_portfolio_revision): one row read by key.
 */
async function portfolioRevision(): Promise<string | null> {
  const row = await db().portfolioRevision.findUnique({ where: { id: 1 }, select: { revision: true } });
  return row?.revision ?? null;
}

/** Figures over the whole portfolio, per key; each server process keeps its own. */
const cache = new LRUCache<string, { revision: string; value: Promise<unknown> }>({ max: 500 });

/**
 * A portfolio figure, computed once per revision of its inputs: an aggregate over thousands of
 * programs' answers costs hundreds of milliseconds, the revision one read by key. The key must hold
 * everything else the figure depends on: the reader's scope and the filters.
 */
export async function fromPortfolioCache<T>(key: readonly unknown[], compute: () => Promise<T>): Promise<T> {
  const revision = await portfolioRevision();
  // Without the row (a database loaded around the migrations) nothing can tell a change: no cache.
  if (revision === null) return compute();
  const id = JSON.stringify(key);
  const hit = cache.get(id);
  if (hit?.revision === revision) return hit.value as Promise<T>;
  const entry = { revision, value: compute() };
  cache.set(id, entry);
  // A failure is not kept: the next reader tries again.
  entry.value.catch(() => cache.get(id) === entry && cache.delete(id));
  return entry.value;
}
