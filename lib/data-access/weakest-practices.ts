import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { scopeOf, type ProgramScope } from "@/lib/auth/policy";
import { Prisma } from "@/lib/db/generated/client";
import { weakestPractices, type PracticeTally } from "@/lib/scoring/weakest-practices";
import { portfolioFilters, type PortfolioQuery } from "@/lib/validation/portfolio";
import { requireRole } from "./internal/guards";
import { fromPortfolioCache } from "./internal/portfolio-cache";
import { resourcesForGaps } from "./internal/resources";
import { takeMissingSnapshots } from "./internal/portfolio-pick";

/** Which tallies a view reads: the portfolio's pick of assessment (see pickedAssessment) as a tally role, and its cycle if chosen. */
function tallyRole(query: PortfolioQuery): Prisma.Sql {
  const cycle = Prisma.sql`AND pt."cycleId" = (SELECT c."id" FROM "Cycle" c WHERE c."name" = ${query.cycle ?? ""})`;
  if (query.view === "baseline") return query.cycle ? Prisma.sql`pt."role" = 'baseline' ${cycle}` : Prisma.sql`pt."role" = 'baseline'`;
  return query.cycle ? Prisma.sql`pt."role" = 'cycle' ${cycle}` : Prisma.sql`pt."role" = 'latest'`;
}

/** The agencies a reader of tallies sees: kept per agency, so a program-scoped reader has none (no such reader is let in). */
function tallyScope(scope: ProgramScope): Prisma.Sql {
  if (scope.kind === "all") return Prisma.sql`TRUE`;
  if (scope.kind === "agency") return Prisma.sql`pt."agencyId" = ${scope.agencyId}::uuid`;
  return Prisma.sql`FALSE`;
}

/**
 * Per practice (by its key, stable across model versions) over the assessments the filters show: how
 * many programs answered it at each level, and how many of them sit below their target for its
 * discipline (the target set, or one level above the discipline's attained level, as gaps count it).
 * Named and ordered as in the current model. Summed from PracticeTally, which the database keeps in
 * the same transaction as each change: a few rows per agency, whatever the portfolio's size.
 */
async function practiceTallies(actor: Actor, query: PortfolioQuery) {
  const agency = query.agency ? Prisma.sql`AND pt."agencyId" = ${query.agency}::uuid` : Prisma.empty;
  const level = query.level ? Prisma.sql`AND pt."overallLevel" = ${query.level}` : Prisma.empty;
  return db().$queryRaw<(PracticeTally & { discipline: string })[]>`
    WITH tallies AS (
      SELECT pt."practiceKey", pt."disciplineKey",
             ARRAY[sum(pt."counts"[1]), sum(pt."counts"[2]), sum(pt."counts"[3]), sum(pt."counts"[4]), sum(pt."counts"[5])]::int[] AS "counts",
             sum(pt."belowTarget")::int AS "belowTarget"
      FROM "PracticeTally" pt
      WHERE ${tallyRole(query)} AND pt."levels" = ${query.levels} AND ${tallyScope(scopeOf(actor))} ${agency} ${level}
      GROUP BY 1, 2
      -- A practice whose every answer was taken back has rows of zeros.
      HAVING sum(pt."counts"[1] + pt."counts"[2] + pt."counts"[3] + pt."counts"[4] + pt."counts"[5]) > 0)
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
