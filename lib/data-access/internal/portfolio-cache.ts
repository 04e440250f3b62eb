import "server-only";
import { LRUCache } from "lru-cache";
import { db } from "@/lib/db/client";

/**
 * The state of everything the portfolio's figures are computed from, read cheaply: accepted
 * assessments (their answers are locked), score snapshots, targets, programs, agencies, cycles and
 * the model in use. Any change to those changes it, so a figure cached under it is never stale.
 */
async function portfolioState(): Promise<string> {
  const [{ state }] = await db().$queryRaw<[{ state: string }]>`
    SELECT concat_ws('|',
      (SELECT count(*) || ':' || coalesce(max("updatedAt")::text, '') FROM "Assessment" WHERE "status" = 'ACCEPTED'),
      (SELECT count(*) || ':' || coalesce(max("takenAt")::text, '') FROM "ScoreSnapshot"),
      (SELECT count(*) || ':' || coalesce(max("updatedAt")::text, '') FROM "Target"),
      (SELECT count(*) || ':' || coalesce(max("updatedAt")::text, '') FROM "Program"),
      (SELECT count(*) || ':' || coalesce(max("updatedAt")::text, '') FROM "Agency"),
      (SELECT count(*) || ':' || coalesce(max("updatedAt")::text, '') FROM "Cycle"),
      (SELECT "id"::text FROM "MaturityModel" WHERE "isCurrent" LIMIT 1)) AS "state"`;
  return state;
}

/** Figures over the whole portfolio, per key; each server process keeps its own. */
const cache = new LRUCache<string, { state: string; value: Promise<unknown> }>({ max: 500 });

/**
 * A portfolio figure, computed once per state of its inputs: an aggregate over thousands of
 * programs' answers costs hundreds of milliseconds, the state a few. The key must hold everything
 * the figure depends on besides that state: the reader's scope and the filters.
 */
export async function fromPortfolioCache<T>(key: readonly unknown[], compute: () => Promise<T>): Promise<T> {
  const state = await portfolioState();
  const id = JSON.stringify(key);
  const hit = cache.get(id);
  if (hit?.state === state) return hit.value as Promise<T>;
  const entry = { state, value: compute() };
  cache.set(id, entry);
  // A failure is not kept: the next reader tries again.
  entry.value.catch(() => cache.get(id) === entry && cache.delete(id));
  return entry.value;
}
