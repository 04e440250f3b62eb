import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { Actor } from "@/lib/auth/actor";
import { canReadAnswers, canReadProgram, programScope, scopeOf } from "@/lib/auth/policy";
import {
  encodeCursor,
  type ActionItemDto,
  type AgencyDto,
  type AnswerDto,
  type AssessmentDto,
  type AssessmentsQuery,
  type Cursor,
  type CycleDto,
  type Page,
  type PortfolioApiQuery,
  type PortfolioCsvQuery,
  type PortfolioRowDto,
  type ProgramDto,
  type ProgramsQuery,
  type TargetDto,
} from "@/lib/api/schemas";
import { parseSnapshot } from "@/lib/scoring/snapshot";
import { targetStatus } from "@/lib/scoring/targets";
import type { AnswerRow, PortfolioRow } from "@/lib/exports/columns";
import { listActionItems } from "./action-items";
import { answerFields, modelOrder } from "./internal/answer-fields";
import { answerRowsOf } from "./internal/answer-rows";
import { answerExportRows, portfolioExportRows } from "./portfolio";
import { isUuid, requireRole, requireScope, requireThat } from "./internal/guards";
import { isShown, programsWithPick, takeMissingSnapshots } from "./internal/portfolio-pick";
import { submittedScores } from "./internal/scores";

// The read API's data: what a token's owner may read in the app, as JSON-ready objects (ISO dates).
// Archived programs are left out everywhere, as in the app's lists.

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/** The programs the actor may read, as a condition (AND, so a filter can never widen the scope). */
const readablePrograms = (actor: Actor): Prisma.ProgramWhereInput => ({ AND: [programScope(actor), { archivedAt: null }] });

/**
 * Pages run in creation order, ties by id: a row created during a walk lands after every page
 * already read, so a walk sees each row exactly once.
 */
const creationOrder = [{ createdAt: "asc" as const }, { id: "asc" as const }];

function after(cursor: Cursor | undefined) {
  return cursor ? { OR: [{ createdAt: { gt: cursor.after } }, { createdAt: cursor.after, id: { gt: cursor.id } }] } : {};
}

/** `rows` holds one more than the page when another page follows. */
function toPage<R extends { createdAt: Date; id: string }, T>(rows: R[], limit: number, map: (row: R) => T): Page<T> {
  const shown = rows.slice(0, limit);
  return { data: shown.map(map), nextCursor: rows.length > limit ? encodeCursor(shown.at(-1)!) : null };
}

// ---------------------------------------------------------------------------------------------
// Agencies, programs, cycles

/** The council and administrators see every agency; anyone else the agencies of the programs they may read. */
export async function listApiAgencies(actor: Actor): Promise<{ data: AgencyDto[] }> {
  const readable = readablePrograms(actor);
  const agencies = await db().agency.findMany({
    where: { archivedAt: null, ...(scopeOf(actor).kind === "all" ? {} : { programs: { some: readable } }) },
    orderBy: { name: "asc" },
    select: { id: true, name: true, abbreviation: true, _count: { select: { programs: { where: readable } } } },
  });
  return { data: agencies.map(({ _count, ...a }) => ({ ...a, programCount: _count.programs })) };
}

const programFields = {
  id: true,
  name: true,
  description: true,
  agencyId: true,
  baselineAssessmentId: true,
  latestAssessmentId: true,
  createdAt: true,
  agency: { select: { id: true, name: true, abbreviation: true } },
} satisfies Prisma.ProgramSelect;

function programDto(p: Prisma.ProgramGetPayload<{ select: typeof programFields }>): ProgramDto {
  return {
    id: p.id,
    name: p.name,
    description: p.description,
    agency: p.agency,
    baselineAssessmentId: p.baselineAssessmentId,
    latestAcceptedAssessmentId: p.latestAssessmentId,
    createdAt: p.createdAt.toISOString(),
  };
}

export async function listApiPrograms(actor: Actor, query: ProgramsQuery): Promise<Page<ProgramDto>> {
  const rows = await db().program.findMany({
    where: { AND: [readablePrograms(actor), query.agency ? { agencyId: query.agency } : {}, after(query.cursor)] },
    orderBy: creationOrder,
    take: query.limit + 1,
    select: programFields,
  });
  return toPage(rows, query.limit, programDto);
}

/** A program outside the actor's scope is not found, like one that does not exist. */
async function readableProgram(actor: Actor, programId: string) {
  requireThat(isUuid(programId));
  const program = await db().program.findFirst({ where: { id: programId, archivedAt: null }, select: programFields });
  requireThat(program !== null);
  await requireScope(actor, canReadProgram(actor, program), { type: "Program", id: program.id });
  return program;
}

export async function getApiProgram(actor: Actor, programId: string): Promise<ProgramDto> {
  return programDto(await readableProgram(actor, programId));
}

/** Every cycle, newest first: cycles are public to every signed-in role. */
export async function listApiCycles(_actor: Actor): Promise<{ data: CycleDto[] }> {
  const cycles = await db().cycle.findMany({ orderBy: { startsOn: "desc" }, select: { id: true, name: true, startsOn: true, endsOn: true, status: true } });
  return { data: cycles.map((c) => ({ ...c, startsOn: isoDate(c.startsOn), endsOn: isoDate(c.endsOn) })) };
}

// ---------------------------------------------------------------------------------------------
// Assessments and answers

const assessmentFields = {
  id: true,
  status: true,
  submittedAt: true,
  createdAt: true,
  updatedAt: true,
  modelId: true,
  model: { select: { version: true } },
  program: { select: { id: true, name: true, agencyId: true, agency: { select: { id: true, name: true } } } },
  cycle: { select: { id: true, name: true } },
} satisfies Prisma.AssessmentSelect;

type AssessmentRow = Prisma.AssessmentGetPayload<{ select: typeof assessmentFields }>;

/** Scores exist from submission on; a returned assessment is being revised, so it shows none. */
const hasScores = (a: AssessmentRow) => a.status === "SUBMITTED" || a.status === "ACCEPTED";

/** The assessments as the API shows them, with the stored scores of those submitted or accepted. */
async function assessmentDtos(rows: AssessmentRow[]): Promise<Map<string, AssessmentDto>> {
  const scores = await submittedScores(rows.filter(hasScores));
  return new Map(
    rows.map((a) => {
      const s = scores.get(a.id);
      const dto: AssessmentDto = {
        id: a.id,
        program: { id: a.program.id, name: a.program.name },
        agency: a.program.agency,
        cycle: a.cycle,
        status: a.status,
        modelVersion: a.model.version,
        submittedAt: a.submittedAt?.toISOString() ?? null,
        createdAt: a.createdAt.toISOString(),
        updatedAt: a.updatedAt.toISOString(),
        scores: s ? { overall: { score: s.overallScore, level: s.overallLevel }, disciplines: s.disciplines } : null,
      };
      return [a.id, dto];
    }),
  );
}

export async function listApiAssessments(actor: Actor, query: AssessmentsQuery): Promise<Page<AssessmentDto>> {
  const rows = await db().assessment.findMany({
    where: {
      AND: [
        { program: readablePrograms(actor) },
        query.program ? { programId: query.program } : {},
        query.cycle ? { cycle: { name: query.cycle } } : {},
        query.status ? { status: query.status } : {},
        after(query.cursor),
      ],
    },
    orderBy: creationOrder,
    take: query.limit + 1,
    select: assessmentFields,
  });
  const dtos = await assessmentDtos(rows.slice(0, query.limit));
  return toPage(rows, query.limit, (a) => dtos.get(a.id)!);
}

async function readableAssessment(actor: Actor, assessmentId: string): Promise<AssessmentRow> {
  requireThat(isUuid(assessmentId));
  const assessment = await db().assessment.findFirst({ where: { id: assessmentId, program: { archivedAt: null } }, select: assessmentFields });
  requireThat(assessment !== null);
  await requireScope(actor, canReadProgram(actor, assessment.program), { type: "Assessment", id: assessment.id });
  return assessment;
}

export async function getApiAssessment(actor: Actor, assessmentId: string): Promise<AssessmentDto> {
  const assessment = await readableAssessment(actor, assessmentId);
  return (await assessmentDtos([assessment])).get(assessment.id)!;
}

/** Every answer, in the model's order; a draft's only to its leads and administrators. */
export async function listApiAnswers(actor: Actor, assessmentId: string): Promise<{ data: AnswerDto[] }> {
  const assessment = await readableAssessment(actor, assessmentId);
  requireThat(canReadAnswers(actor, assessment.program, assessment.status));
  const answers = await db().answer.findMany({
    where: { assessmentId: assessment.id },
    orderBy: modelOrder,
    select: answerFields,
  });
  return {
    data: answers.map((a) => ({
      practiceKey: a.practice.key,
      practiceTitle: a.practice.title,
      disciplineKey: a.practice.discipline.key,
      level: a.level,
      notApplicable: a.notApplicable,
      evidenceNote: a.evidenceNote,
      evidenceLinks: a.evidenceLinks,
      answeredBy: a.answeredBy.name,
      updatedAt: a.updatedAt.toISOString(),
    })),
  };
}

/** The answers as the raw-answers download has them, for spreadsheet tools: the same access as listApiAnswers. */
export async function apiAnswerRows(actor: Actor, assessmentId: string): Promise<{ fileName: string; rows: AsyncIterable<AnswerRow> }> {
  const a = await readableAssessment(actor, assessmentId);
  requireThat(canReadAnswers(actor, a.program, a.status));
  const rows = await answerRowsOf([[{ assessmentId: a.id, modelId: a.modelId, agency: a.program.agency.name, program: a.program.name, cycle: a.cycle.name, status: a.status }]]);
  return { fileName: `cx-answers-${a.program.name}-${a.cycle.name}.csv`, rows };
}

// ---------------------------------------------------------------------------------------------
// Targets and action items

/** Chosen targets with their status against the latest accepted assessment, as the progress page shows them. */
export async function listApiTargets(actor: Actor, programId: string, today = new Date()): Promise<{ data: TargetDto[] }> {
  const program = await readableProgram(actor, programId);
  const [targets, latest] = await Promise.all([
    db().target.findMany({ where: { programId: program.id }, orderBy: { disciplineKey: "asc" }, select: { disciplineKey: true, targetLevel: true, dueOn: true, updatedAt: true } }),
    program.latestAssessmentId ? db().assessment.findUnique({ where: { id: program.latestAssessmentId }, select: { id: true, modelId: true } }) : null,
  ]);
  const latestScores = latest ? (await submittedScores([latest])).get(latest.id) : undefined;
  return {
    data: targets.map((t) => {
      const latestLevel = latestScores?.disciplines.find((d) => d.key === t.disciplineKey)?.level ?? null;
      return {
        disciplineKey: t.disciplineKey,
        targetLevel: t.targetLevel,
        dueOn: t.dueOn ? isoDate(t.dueOn) : null,
        latestLevel,
        status: targetStatus({ targetLevel: t.targetLevel, dueOn: t.dueOn, latestLevel, today }),
        updatedAt: t.updatedAt.toISOString(),
      };
    }),
  };
}

export async function listApiActionItems(actor: Actor, programId: string): Promise<{ data: ActionItemDto[] }> {
  const items = await listActionItems(actor, { programId });
  return {
    data: items.map((i) => ({
      id: i.id,
      disciplineKey: i.disciplineKey,
      practiceKey: i.practiceKey,
      title: i.title,
      ownerName: i.ownerName,
      dueOn: i.dueOn ? isoDate(i.dueOn) : null,
      status: i.status,
      completedAt: i.completedAt?.toISOString() ?? null,
      notes: i.notes,
      resources: i.resources,
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// Portfolio

type PortfolioApiRow = {
  programId: string;
  program: string;
  agencyId: string;
  agency: string;
  assessmentId: string;
  cycle: string;
  modelVersion: number;
  overallScore: number | null;
  overallLevel: number | null;
  disciplines: unknown;
  /** From json_agg: an ISO timestamp. */
  createdAt: string;
};

/**
 * The programs the portfolio shows for these filters, with the assessment it shows for each: the
 * same choice as the heatmap (programsWithPick), a page at a time in the programs' creation order.
 */
export async function getApiPortfolio(actor: Actor, query: PortfolioApiQuery): Promise<Page<PortfolioRowDto>> {
  requireRole(actor, "COUNCIL", "ADMIN", "CCO");
  const filters = { view: query.view, levels: "validated", cycle: query.cycle, agency: query.agency, level: query.level, sort: "program", dir: "asc", page: 1 } as const;
  const afterCursor = query.cursor ? Prisma.sql`AND (p."createdAt", p."id") > (${query.cursor.after}::timestamptz, ${query.cursor.id}::uuid)` : Prisma.empty;
  const run = () =>
    db().$queryRaw<[{ rows: PortfolioApiRow[] | null; missing: number }]>`
      WITH every AS MATERIALIZED (${programsWithPick(actor, filters)})
      SELECT
        (SELECT json_agg(x ORDER BY x."createdAt", x."programId") FROM (
           SELECT x."programId", x."program", p."agencyId", x."agency", x."assessmentId", c."name" AS "cycle", m."version" AS "modelVersion",
                  x."overallScore", x."overallLevel", x."disciplines", p."createdAt"
           FROM (SELECT * FROM every WHERE ${isShown(filters)}) x
           JOIN "Program" p ON p."id" = x."programId"
           JOIN "Assessment" a ON a."id" = x."assessmentId" JOIN "Cycle" c ON c."id" = a."cycleId" JOIN "MaturityModel" m ON m."id" = a."modelId"
           WHERE TRUE ${afterCursor}
           ORDER BY p."createdAt", p."id" LIMIT ${query.limit + 1}) x) AS "rows",
        (SELECT count(*) FROM every WHERE "assessmentId" IS NOT NULL AND "snapshotOf" IS NULL)::int AS "missing"`;
  let [result] = await run();
  // The level filter reads stored scores: take the ones missing (data from before snapshots) first.
  if (result.missing > 0) {
    await takeMissingSnapshots(actor, filters);
    [result] = await run();
  }
  return toPage(
    (result.rows ?? []).map((r) => ({ ...r, id: r.programId, createdAt: new Date(r.createdAt) })),
    query.limit,
    (r) => {
      const score = parseSnapshot(r) ?? { overallScore: null, overallLevel: null, disciplines: [] };
      return {
        program: { id: r.programId, name: r.program },
        agency: { id: r.agencyId, name: r.agency },
        assessmentId: r.assessmentId,
        cycle: r.cycle,
        modelVersion: r.modelVersion,
        overall: { score: score.overallScore, level: score.overallLevel },
        disciplines: score.disciplines,
      };
    },
  );
}

/** The portfolio download's rows (one per program and discipline) for the same filters as getApiPortfolio. */
export async function apiPortfolioRows(actor: Actor, query: PortfolioCsvQuery): Promise<{ fileName: string; rows: AsyncIterable<PortfolioRow> }> {
  const { rows } = await portfolioExportRows(actor, { ...query, levels: "validated", sort: "program", dir: "asc", page: 1 });
  return { fileName: `cx-portfolio-${query.view}-${query.cycle ?? "all-cycles"}.csv`, rows };
}

/** The raw answers of the portfolio's assessments for the same filters, streamed. */
export async function apiPortfolioAnswerRows(actor: Actor, query: PortfolioCsvQuery): Promise<{ fileName: string; rows: AsyncIterable<AnswerRow> }> {
  const { rows } = await answerExportRows(actor, { ...query, levels: "validated", sort: "program", dir: "asc", page: 1 });
  return { fileName: `cx-answers-${query.view}-${query.cycle ?? "all-cycles"}.csv`, rows };
}
