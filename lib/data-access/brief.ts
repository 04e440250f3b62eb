import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { scopeOf } from "@/lib/auth/policy";
import { PLANS_DUE_DAYS, type Brief, type BriefPlan } from "@/lib/brief";
import { portfolioFilters, type PortfolioQuery } from "@/lib/validation/portfolio";
import { requireRole } from "./internal/guards";
import { fromPortfolioCache } from "./internal/portfolio-cache";
import { programsInScope, shownPrograms, takeMissingSnapshots } from "./internal/portfolio-pick";
import { talliesShown } from "./internal/portfolio-tallies";
import { getMovers } from "./movers";
import { getWeakestPractices } from "./weakest-practices";
import { todayIso } from "@/lib/scoring/due-dates";

/** How many of each list a one-page brief has room for. */
const SHOWN = { practices: 5, movers: 3, plans: 3 };

type Counts = { level: number | null; n: number }[];

/** How many programs are in scope, and how many of those shown sit at each overall level (from the tallies). */
async function standing(actor: Actor, query: PortfolioQuery) {
  await takeMissingSnapshots(actor, query);
  const [inScope, counts] = await Promise.all([
    programsInScope(actor, query),
    db().$queryRaw<Counts>`
      SELECT NULLIF(t."overallLevel", 0) AS "level", sum(t."programs")::int AS "n"
      FROM "ProgramTally" t WHERE ${talliesShown(actor, query)} GROUP BY 1 HAVING sum(t."programs") > 0`,
  ]);
  return { inScope, counts };
}

/** The shown programs' open action items due within PLANS_DUE_DAYS (or overdue): the soonest, and how many. */
async function plansDue(actor: Actor, query: PortfolioQuery, today: Date) {
  const soon = new Date(today.getTime() + PLANS_DUE_DAYS * 86_400_000);
  return db().$queryRaw<(BriefPlan & { total: number; overdueCount: number })[]>`
    SELECT x."program", ai."title", ai."dueOn", ai."dueOn" < ${today}::date AS "overdue",
           count(*) OVER ()::int AS "total", count(*) FILTER (WHERE ai."dueOn" < ${today}::date) OVER ()::int AS "overdueCount"
    FROM (${shownPrograms(actor, query)}) x
    JOIN "ActionItem" ai ON ai."programId" = x."programId"
    WHERE ai."status" <> 'DONE' AND ai."dueOn" <= ${soon}::date
    ORDER BY ai."dueOn", x."program", ai."title"
    LIMIT ${SHOWN.plans}`;
}

/**
 * The executive brief for the filtered portfolio (the council's, or one agency's): how programs are
 * distributed, the weakest practices, the movers since baseline, and the action plans falling due.
 */
export async function getBrief(actor: Actor, query: PortfolioQuery, today = new Date()): Promise<Brief> {
  requireRole(actor, "COUNCIL", "ADMIN", "CCO");
  // A CCO's brief is their agency's whatever the filter names (the filter cannot widen their scope).
  const agencyId = actor.role === "CCO" ? actor.agencyId : query.agency;
  const [agency, { inScope, counts }, practices, moved, plans] = await Promise.all([
    agencyId ? db().agency.findUnique({ where: { id: agencyId }, select: { name: true } }) : null,
    fromPortfolioCache(["brief-standing", scopeOf(actor), portfolioFilters(query)], () => standing(actor, query)),
    getWeakestPractices(actor, query),
    getMovers(actor, { ...query, since: "baseline" }),
    fromPortfolioCache(["brief-plans", scopeOf(actor), portfolioFilters(query), todayIso(today)], () => plansDue(actor, query, today)),
  ]);
  const programs = counts.reduce((a, c) => a + c.n, 0);
  return {
    scope: agency?.name ?? "All agencies",
    asOf: today,
    view: query.view,
    cycle: query.cycle,
    programs,
    withoutAccepted: Math.max(0, inScope - programs),
    overall: {
      counts: [1, 2, 3, 4, 5].map((level) => counts.find((c) => c.level === level)?.n ?? 0),
      unscored: counts.find((c) => c.level === null)?.n ?? 0,
    },
    practices: practices.slice(0, SHOWN.practices).map((p) => ({ ...p, resource: p.resources[0] ?? null })),
    risers: moved.risers.slice(0, SHOWN.movers),
    fallers: moved.fallers.slice(0, SHOWN.movers),
    plans: {
      overdue: plans[0]?.overdueCount ?? 0,
      dueSoon: (plans[0]?.total ?? 0) - (plans[0]?.overdueCount ?? 0),
      soonest: plans.map((p) => ({ program: p.program, title: p.title, dueOn: p.dueOn, overdue: p.overdue })),
    },
  };
}
