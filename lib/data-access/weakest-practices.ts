import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { scopeOf } from "@/lib/auth/policy";
import { weakestPractices, type PracticeTally } from "@/lib/scoring/weakest-practices";
import { portfolioFilters, type PortfolioQuery } from "@/lib/validation/portfolio";
import { requireRole } from "./internal/guards";
import { fromPortfolioCache } from "./internal/portfolio-cache";
import { resourcesForGaps } from "./internal/resources";
import { shownPrograms, takeMissingSnapshots } from "./internal/portfolio-pick";

/**
 * Per practice (by its key, stable across model versions) over the assessments the filters show: how
 * many programs answered it at each level, and how many of them sit below their target for its
 * discipline (the target set, or one level above the discipline's attained level, as gaps count it).
 * Named and ordered as in the current model.
 */
async function practiceTallies(actor: Actor, query: PortfolioQuery) {
  // OFFSET 0 keeps each program's answers read through the (assessment, practice) index, where the
  // planner would otherwise hash the whole answer table.
  return db().$queryRaw<(PracticeTally & { discipline: string })[]>`
    WITH shown AS MATERIALIZED (${shownPrograms(actor, query)}),
         goal AS (
           SELECT s."assessmentId", e->>'key' AS "disciplineKey", COALESCE(t."targetLevel", LEAST(5, COALESCE((e->>'level')::int, 0) + 1)) AS "target"
           FROM shown s CROSS JOIN jsonb_array_elements(s."disciplines") e
           LEFT JOIN "Target" t ON t."programId" = s."programId" AND t."disciplineKey" = e->>'key'),
         answers AS (
           SELECT an."level", an."practiceId", s."assessmentId" FROM shown s
           CROSS JOIN LATERAL (SELECT a."level", a."practiceId" FROM "Answer" a WHERE a."assessmentId" = s."assessmentId" AND a."level" IS NOT NULL OFFSET 0) an),
         tallies AS (
           SELECT pr."key" AS "practiceKey", d."key" AS "disciplineKey",
                  ARRAY[count(*) FILTER (WHERE an."level" = 1), count(*) FILTER (WHERE an."level" = 2), count(*) FILTER (WHERE an."level" = 3),
                        count(*) FILTER (WHERE an."level" = 4), count(*) FILTER (WHERE an."level" = 5)]::int[] AS "counts",
                  -- No snapshot entry for the discipline: unscored, so the target is level 1.
                  count(*) FILTER (WHERE an."level" < COALESCE(g."target", 1))::int AS "belowTarget"
           FROM answers an
           JOIN "Practice" pr ON pr."id" = an."practiceId"
           JOIN "Discipline" d ON d."id" = pr."disciplineId"
           LEFT JOIN goal g ON g."assessmentId" = an."assessmentId" AND g."disciplineKey" = d."key"
           GROUP BY 1, 2)
    SELECT x.*, COALESCE(cp."title", x."practiceKey") AS "title", COALESCE(cd."name", x."disciplineKey") AS "discipline"
    FROM tallies x
    LEFT JOIN "MaturityModel" m ON m."isCurrent"
    LEFT JOIN "Discipline" cd ON cd."modelId" = m."id" AND cd."key" = x."disciplineKey"
    LEFT JOIN "Practice" cp ON cp."disciplineId" = cd."id" AND cp."key" = x."practiceKey"
    ORDER BY cd."position" NULLS LAST, cp."position" NULLS LAST, x."practiceKey"`;
}

/**
 * Where government-wide help would reach most programs: the practices with the lowest median level
 * and the most programs below target across the filtered portfolio, each with its toolkit resources.
 */
export async function getWeakestPractices(actor: Actor, query: PortfolioQuery) {
  requireRole(actor, "COUNCIL", "ADMIN", "CCO");
  // Resources are part of the figure: the portfolio's revision changes with them too.
  return fromPortfolioCache(["weakest-practices", scopeOf(actor), portfolioFilters(query)], async () => {
    await takeMissingSnapshots(actor, query);
    const tallies = await practiceTallies(actor, query);
    const discipline = new Map(tallies.map((t) => [t.disciplineKey, t.discipline]));
    const weakest = weakestPractices(tallies);
    // The median program's level picks the help: rounded down, as a half level has not been reached.
    const resources = await resourcesForGaps(weakest.map((p) => ({ disciplineKey: p.disciplineKey, practices: [{ key: p.practiceKey, level: Math.floor(p.median) }] })));
    return weakest.map((p, i) => ({ ...p, discipline: discipline.get(p.disciplineKey)!, resources: resources[i]! }));
  });
}
