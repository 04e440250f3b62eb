import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { scopeOf } from "@/lib/auth/policy";
import { Prisma } from "@/lib/db/generated/client";
import { movers, type Move } from "@/lib/scoring/movers";
import { portfolioFilters, type MoversQuery } from "@/lib/validation/portfolio";
import { requireRole } from "./internal/guards";
import { fromPortfolioCache } from "./internal/portfolio-cache";
import { shownPrograms, takeMissingSnapshots, takeSnapshotsOf } from "./internal/portfolio-pick";

/** Each shown program's overall score now and at the assessment the change is measured from. */
async function movesSince(actor: Actor, query: MoversQuery): Promise<Move[]> {
  await takeMissingSnapshots(actor, query);
  // The baseline is the program's first accepted assessment, which it points to; the previous one is searched for.
  const from =
    query.since === "baseline"
      ? Prisma.sql`
        SELECT a."id", a."modelId", a."cycleId" FROM "Program" p JOIN "Assessment" a ON a."id" = p."baselineAssessmentId" JOIN "Cycle" c ON c."id" = a."cycleId"
        WHERE p."id" = s."programId" AND c."startsOn" < tc."startsOn"`
      : Prisma.sql`
        SELECT a."id", a."modelId", a."cycleId" FROM "Assessment" a JOIN "Cycle" c ON c."id" = a."cycleId"
        WHERE a."programId" = s."programId" AND a."status" = 'ACCEPTED' AND c."startsOn" < tc."startsOn"
        ORDER BY c."startsOn" DESC LIMIT 1`;
  const run = () => db().$queryRaw<(Omit<Move, "from"> & { from: number | null; fromId: string; fromModelId: string; snapshotted: boolean })[]>`
    SELECT s."programId", s."program", s."agency", fc."name" AS "fromCycle", tc."name" AS "toCycle", fs."overallScore" AS "from", s."overallScore" AS "to",
           fm."version" AS "fromVersion", tm."version" AS "toVersion",
           f."id" AS "fromId", f."modelId" AS "fromModelId", fs."assessmentId" IS NOT NULL AS "snapshotted"
    FROM (${shownPrograms(actor, query)}) s
    JOIN "Assessment" ta ON ta."id" = s."assessmentId"
    JOIN "Cycle" tc ON tc."id" = ta."cycleId"
    JOIN "MaturityModel" tm ON tm."id" = ta."modelId"
    JOIN LATERAL (${from}) f ON TRUE
    JOIN "Cycle" fc ON fc."id" = f."cycleId"
    JOIN "MaturityModel" fm ON fm."id" = f."modelId"
    LEFT JOIN "ScoreSnapshot" fs ON fs."assessmentId" = f."id"
    WHERE s."overallScore" IS NOT NULL`;
  let rows = await run();
  const unscored = rows.filter((r) => !r.snapshotted);
  if (unscored.length > 0) {
    await takeSnapshotsOf(unscored.map((r) => ({ id: r.fromId, modelId: r.fromModelId })));
    rows = await run();
  }
  return rows.flatMap(({ from, fromId: _id, fromModelId: _model, snapshotted: _s, ...m }) => (from === null ? [] : [{ ...m, from }]));
}

/**
 * The programs that rose or fell most overall: from each shown assessment back to the program's
 * baseline (its first accepted assessment) or to its accepted assessment of the cycle before. A
 * program with no earlier accepted assessment, or no overall score at either end, has not moved.
 */
export async function getMovers(actor: Actor, query: MoversQuery) {
  requireRole(actor, "COUNCIL", "ADMIN", "CCO");
  // The lists are kept, not the moves: ranking every program's move costs as much as reading them.
  return fromPortfolioCache(["movers", scopeOf(actor), portfolioFilters(query), query.since], async () => {
    const moves = await movesSince(actor, query);
    return { ...movers(moves), compared: moves.length };
  });
}
