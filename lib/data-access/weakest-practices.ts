import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { scopeOf } from "@/lib/auth/policy";
import { weakestPractices, type PracticeTally } from "@/lib/scoring/weakest-practices";
import { portfolioFilters, type PortfolioQuery } from "@/lib/validation/portfolio";
import { requireRole } from "./internal/guards";
import { fromPortfolioCache } from "./internal/portfolio-cache";
import { talliesShown } from "./internal/portfolio-tallies";
import { resourcesForGaps } from "./internal/resources";
import { takeMissingSnapshots } from "./internal/portfolio-pick";

/**
 * Per practice (by its key, stable across model versions) over the assessments the filters show: how
 * many programs answered it at each level, and how many of them sit below their target for its
 * discipline (the target set, or one level above the discipline's attained level, as gaps count it).
 * Named and ordered as in the current model (a practice it dropped, as its newest version that has
 * it). Summed from PracticeTally.
 */
async function practiceTallies(actor: Actor, query: PortfolioQuery) {
  return db().$queryRaw<(PracticeTally & { discipline: string })[]>`
    WITH tallies AS (
      SELECT t."practiceKey", t."disciplineKey",
             ARRAY[sum(t."counts"[1]), sum(t."counts"[2]), sum(t."counts"[3]), sum(t."counts"[4]), sum(t."counts"[5])]::int[] AS "counts",
             sum(t."belowTarget")::int AS "belowTarget"
      FROM "PracticeTally" t
      WHERE ${talliesShown(actor, query)}
      GROUP BY 1, 2
      -- A practice whose every answer was taken back has rows of zeros.
      HAVING sum(t."counts"[1] + t."counts"[2] + t."counts"[3] + t."counts"[4] + t."counts"[5]) > 0)
    SELECT x.*, COALESCE(cp."title", op."title", x."practiceKey") AS "title", COALESCE(cd."name", x."disciplineKey") AS "discipline"
    FROM tallies x
    LEFT JOIN "MaturityModel" m ON m."isCurrent"
    LEFT JOIN "Discipline" cd ON cd."modelId" = m."id" AND cd."key" = x."disciplineKey"
    LEFT JOIN "Practice" cp ON cp."disciplineId" = cd."id" AND cp."key" = x."practiceKey"
    -- A practice the current model dropped keeps the title of the newest version that has it.
    LEFT JOIN LATERAL (
      SELECT p."title" FROM "Practice" p JOIN "Discipline" d ON d."id" = p."disciplineId" JOIN "MaturityModel" mv ON mv."id" = d."modelId"
      WHERE p."key" = x."practiceKey" AND d."key" = x."disciplineKey" ORDER BY mv."version" DESC LIMIT 1) op ON TRUE
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
