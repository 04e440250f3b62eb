import "server-only";
import { db } from "@/lib/db/client";
import { benchmark, type Quartiles } from "@/lib/scoring/benchmarks";
import { fromPortfolioCache } from "./portfolio-cache";

type GroupRow = { key: string; n: number; q: number[] | null; agencyN: number; agencyQ: number[] | null };

const asQuartiles = (n: number, q: number[] | null): Quartiles | undefined => (q ? { n, q1: q[0]!, median: q[1]!, q3: q[2]! } : undefined);

/**
 * Quartiles of each discipline's score over every program's latest accepted assessment, and over those
 * of one agency: the same for every reader, and only quartiles leave the database, never a program's
 * figures. Cached per revision of the portfolio.
 */
function benchmarkGroups(agencyId: string) {
  return fromPortfolioCache(
    ["benchmark-groups", agencyId],
    () => db().$queryRaw<GroupRow[]>`
      SELECT e->>'key' AS "key",
             count(*)::int AS "n",
             percentile_cont(ARRAY[0.25, 0.5, 0.75]) WITHIN GROUP (ORDER BY (e->>'score')::float) AS "q",
             count(*) FILTER (WHERE p."agencyId" = ${agencyId}::uuid)::int AS "agencyN",
             percentile_cont(ARRAY[0.25, 0.5, 0.75]) WITHIN GROUP (ORDER BY (e->>'score')::float) FILTER (WHERE p."agencyId" = ${agencyId}::uuid) AS "agencyQ"
      FROM "Program" p
      JOIN "ScoreSnapshot" s ON s."assessmentId" = p."latestAssessmentId",
           jsonb_array_elements(s."disciplines") e
      WHERE p."archivedAt" IS NULL AND e->>'score' IS NOT NULL
      GROUP BY 1`,
  );
}

/** Where each discipline score sits against all programs and against the agency's (groups under five withheld). */
export async function benchmarksFor(agencyId: string, scores: readonly { key: string; score: number | null }[]) {
  const groupOf = new Map((await benchmarkGroups(agencyId)).map((g) => [g.key, g]));
  return scores.map(({ key, score }) => {
    const g = groupOf.get(key);
    return { key, score, all: benchmark(score, g && asQuartiles(g.n, g.q)), agency: benchmark(score, g && asQuartiles(g.agencyN, g.agencyQ)) };
  });
}
