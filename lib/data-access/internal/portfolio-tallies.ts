import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { scopeOf, type ProgramScope } from "@/lib/auth/policy";
import { Prisma } from "@/lib/db/generated/client";
import type { PortfolioQuery } from "@/lib/validation/portfolio";
import { chosenCycle } from "./portfolio-pick";

// The portfolio's tallies (ProgramTally, DisciplineTally, PracticeTally), which triggers keep in the
// same transaction as each change: a view sums the rows its filters select, a few per agency.

/** The assessment the view picks (as portfolio-pick's pickedAssessment picks it), as a tally role, and its cycle if chosen. */
function pick(query: PortfolioQuery): Prisma.Sql {
  const cycle = Prisma.sql`AND t."cycleId" = ${chosenCycle(query)}`;
  if (query.view === "baseline") return query.cycle ? Prisma.sql`t."role" = 'baseline' ${cycle}` : Prisma.sql`t."role" = 'baseline'`;
  return query.cycle ? Prisma.sql`t."role" = 'cycle' ${cycle}` : Prisma.sql`t."role" = 'latest'`;
}

/** Tallies are kept per agency: a reader scoped to programs sees none (no such reader is let in to the portfolio). */
function scope(s: ProgramScope): Prisma.Sql {
  if (s.kind === "all") return Prisma.sql`TRUE`;
  if (s.kind === "agency") return Prisma.sql`t."agencyId" = ${s.agencyId}::uuid`;
  return Prisma.sql`FALSE`;
}

/** The condition on a tally's rows (aliased `t`) that the actor's scope and the view's filters select. */
export function talliesShown(actor: Actor, query: PortfolioQuery): Prisma.Sql {
  const agency = query.agency ? Prisma.sql`AND t."agencyId" = ${query.agency}::uuid` : Prisma.empty;
  const level = query.level ? Prisma.sql`AND t."overallLevel" = ${query.level}` : Prisma.empty;
  return Prisma.sql`${pick(query)} AND t."levels" = ${query.levels} AND ${scope(scopeOf(actor))} ${agency} ${level}`;
}
