import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { scopeOf, type ProgramScope } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { PortfolioQuery } from "@/lib/validation/portfolio";
import { submittedScores } from "./scores";

// Which assessment the portfolio shows for each program in scope: every portfolio view (heatmap,
// weakest practices, movers, brief) reads the same choice.

function scopeCondition(scope: ProgramScope): Prisma.Sql {
  if (scope.kind === "all") return Prisma.sql`TRUE`;
  if (scope.kind === "agency") return Prisma.sql`p."agencyId" = ${scope.agencyId}::uuid`;
  return Prisma.sql`p."id" = ANY(${[...scope.programIds]}::uuid[])`;
}

/** The id of the cycle the filters name (none when they name none). */
export const chosenCycle = (query: PortfolioQuery) => Prisma.sql`(SELECT c."id" FROM "Cycle" c WHERE c."name" = ${query.cycle ?? ""})`;

/**
 * The id of the accepted assessment of program `p` the view shows: its latest or its baseline
 * (pointers kept by a trigger, read without touching any assessment), or the chosen cycle's.
 */
function pickedAssessment(query: PortfolioQuery): Prisma.Sql {
  const cycle = chosenCycle(query);
  if (query.view === "baseline") {
    if (!query.cycle) return Prisma.sql`SELECT p."baselineAssessmentId" AS "assessmentId"`;
    return Prisma.sql`SELECT a."id" AS "assessmentId" FROM "Assessment" a WHERE a."id" = p."baselineAssessmentId" AND a."cycleId" = ${cycle}`;
  }
  if (!query.cycle) return Prisma.sql`SELECT p."latestAssessmentId" AS "assessmentId"`;
  return Prisma.sql`SELECT a."id" AS "assessmentId" FROM "Assessment" a WHERE a."programId" = p."id" AND a."cycleId" = ${cycle} AND a."status" = 'ACCEPTED'`;
}

/**
 * The programs in the actor's scope and filters, each with the assessment the portfolio shows and
 * its stored scores (the `assessmentId` is null for a program with none): one row per program, each
 * found by key (a pointer, or the program-and-cycle index), so no program's history is read. The
 * council sees every program; a CCO their agency's. `only` narrows them to these programs (an export's batch).
 */
export function programsWithPick(actor: Actor, query: PortfolioQuery, only?: string[]): Prisma.Sql {
  const agency = query.agency ? Prisma.sql`AND p."agencyId" = ${query.agency}::uuid` : Prisma.empty;
  const programs = only ? Prisma.sql`AND p."id" = ANY(${only}::uuid[])` : Prisma.empty;
  // Where the council validated other answers, the program's own scores are kept beside the validated ones.
  const own = (column: string) => Prisma.sql`CASE WHEN s."selfReportedDisciplines" IS NULL THEN s.${Prisma.raw(`"${column}"`)} ELSE s.${Prisma.raw(`"selfReported${column[0]!.toUpperCase()}${column.slice(1)}"`)} END`;
  const scores =
    query.levels === "self-reported"
      ? Prisma.sql`${own("overallScore")} AS "overallScore", ${own("overallLevel")} AS "overallLevel", ${own("disciplines")} AS "disciplines"`
      : Prisma.sql`s."overallScore", s."overallLevel", s."disciplines"`;
  return Prisma.sql`
    SELECT p."id" AS "programId", p."name" AS "program", ag."name" AS "agency", pick."assessmentId",
           s."assessmentId" AS "snapshotOf", ${scores},
           ${own("overallLevel")} - s."overallLevel" AS "optimism", s."selfReportedDisciplines" IS NOT NULL AS "validatedDifferently"
    FROM "Program" p
    JOIN "Agency" ag ON ag."id" = p."agencyId"
    -- LIMIT keeps the planner from flattening the pick into a scan of every assessment.
    LEFT JOIN LATERAL (${pickedAssessment(query)} LIMIT 1) pick ON TRUE
    LEFT JOIN "ScoreSnapshot" s ON s."assessmentId" = pick."assessmentId"
    WHERE p."archivedAt" IS NULL AND ${scopeCondition(scopeOf(actor))} ${agency} ${programs}`;
}

/** How many programs are in the actor's scope and the agency filter, whether or not they have an accepted assessment. */
export async function programsInScope(actor: Actor, query: PortfolioQuery): Promise<number> {
  const agency = query.agency ? Prisma.sql`AND p."agencyId" = ${query.agency}::uuid` : Prisma.empty;
  const [{ n }] = await db().$queryRaw<[{ n: number }]>`
    SELECT count(*)::int AS "n" FROM "Program" p WHERE p."archivedAt" IS NULL AND ${scopeCondition(scopeOf(actor))} ${agency}`;
  return n;
}

/** Which of programsWithPick's rows the filters show: those with a picked assessment, at the chosen overall level if any. */
export function isShown(query: PortfolioQuery): Prisma.Sql {
  const level = query.level ? Prisma.sql`AND "overallLevel" = ${query.level}` : Prisma.empty;
  return Prisma.sql`"assessmentId" IS NOT NULL ${level}`;
}

/** The programs the filters show. */
export function shownPrograms(actor: Actor, query: PortfolioQuery): Prisma.Sql {
  return Prisma.sql`SELECT * FROM (${programsWithPick(actor, query)}) x WHERE ${isShown(query)}`;
}

/** Stores the scores of accepted assessments that have no snapshot yet (data written before snapshots existed). */
export async function takeSnapshotsOf(refs: { id: string; modelId: string }[]) {
  if (refs.length === 0) return;
  const scores = await submittedScores(refs);
  await db().scoreSnapshot.createMany({ data: refs.map((m) => ({ assessmentId: m.id, ...scores.get(m.id)! })), skipDuplicates: true });
}

/** Scores shown assessments that have no snapshot yet. */
export async function takeMissingSnapshots(actor: Actor, query: PortfolioQuery) {
  await takeSnapshotsOf(
    await db().$queryRaw<{ id: string; modelId: string }[]>`
      SELECT a."id", a."modelId" FROM (${programsWithPick(actor, query)}) x JOIN "Assessment" a ON a."id" = x."assessmentId"
      WHERE x."snapshotOf" IS NULL`,
  );
}
