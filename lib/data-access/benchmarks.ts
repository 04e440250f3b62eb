import "server-only";
import { notFound } from "next/navigation";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { benchmark, type Quartiles } from "@/lib/scoring/benchmarks";
import { loadAssessment } from "./internal/assessment-access";
import { fromPortfolioCache } from "./internal/portfolio-cache";
import { submittedScores } from "./internal/scores";

type GroupRow = { key: string; n: number; q: number[] | null; agencyN: number; agencyQ: number[] | null };

const asQuartiles = (n: number, q: number[] | null): Quartiles | undefined => (q ? { n, q1: q[0]!, median: q[1]!, q3: q[2]! } : undefined);

/**
 * Where each discipline score of a submitted or accepted assessment sits against every program's
 * latest accepted assessment, and against those of the program's own agency. Only quartiles of
 * groups of five or more leave the database's answer: never one program's figures.
 */
export async function getBenchmarks(actor: Actor, assessmentId: string) {
  const { assessment } = await loadAssessment(actor, assessmentId);
  if (assessment.status !== "SUBMITTED" && assessment.status !== "ACCEPTED") notFound();
  const [scores, groups] = await Promise.all([
    submittedScores([assessment]),
    // The same for every reader: quartiles only, of groups withheld below five.
    fromPortfolioCache(["benchmark-groups", assessment.program.agencyId], () =>
      db().$queryRaw<GroupRow[]>`
        SELECT e->>'key' AS "key",
               count(*)::int AS "n",
               percentile_cont(ARRAY[0.25, 0.5, 0.75]) WITHIN GROUP (ORDER BY (e->>'score')::float) AS "q",
               count(*) FILTER (WHERE p."agencyId" = ${assessment.program.agencyId}::uuid)::int AS "agencyN",
               percentile_cont(ARRAY[0.25, 0.5, 0.75]) WITHIN GROUP (ORDER BY (e->>'score')::float) FILTER (WHERE p."agencyId" = ${assessment.program.agencyId}::uuid) AS "agencyQ"
        FROM "Program" p
        JOIN "ScoreSnapshot" s ON s."assessmentId" = p."latestAssessmentId",
             jsonb_array_elements(s."disciplines") e
        WHERE p."archivedAt" IS NULL AND e->>'score' IS NOT NULL
        GROUP BY 1`,
    ),
  ]);
  const groupOf = new Map(groups.map((g) => [g.key, g]));
  return {
    agency: assessment.program.agency.name,
    disciplines: (scores.get(assessment.id)?.disciplines ?? []).map((d) => {
      const g = groupOf.get(d.key);
      return {
        key: d.key,
        score: d.score,
        all: benchmark(d.score, g && asQuartiles(g.n, g.q)),
        agency: benchmark(d.score, g && asQuartiles(g.agencyN, g.agencyQ)),
      };
    }),
  };
}
