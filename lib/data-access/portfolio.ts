import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { programScope, scopeOf, type ProgramScope } from "@/lib/auth/policy";
import { Prisma } from "@/lib/db/generated/client";
import { parseSnapshot } from "@/lib/scoring/snapshot";
import type { AnswerRow, PortfolioRow } from "@/lib/exports/columns";
import { a11AreaLabels } from "@/lib/model/a11-areas";
import { levelDistribution, sortPortfolio, type PortfolioEntry, type SortKey } from "@/lib/portfolio";
import type { PortfolioQuery } from "@/lib/validation/portfolio";
import type { A11Area } from "@/lib/db/generated/enums";
import { requireRole } from "./guards";
import { loadModelShapes, submittedScores } from "./scores";

type PickedRow = {
  programId: string;
  program: string;
  agency: string;
  assessmentId: string | null;
  modelId: string | null;
  acceptedAt: Date | null;
  cycle: string | null;
  overallScore: number | null;
  overallLevel: number | null;
  disciplines: unknown;
};

function scopeCondition(scope: ProgramScope): Prisma.Sql {
  if (scope.kind === "all") return Prisma.sql`TRUE`;
  if (scope.kind === "agency") return Prisma.sql`p."agencyId" = ${scope.agencyId}::uuid`;
  return Prisma.sql`p."id" = ANY(${[...scope.programIds]}::uuid[])`;
}

/** Which accepted assessment of a program the view shows: its latest or its baseline, or the chosen cycle's. */
function pickedAssessment(query: PortfolioQuery): Prisma.Sql {
  if (query.view === "baseline") {
    const inCycle = query.cycle ? Prisma.sql`AND c."name" = ${query.cycle}` : Prisma.empty;
    return Prisma.sql`a."id" = p."baselineAssessmentId" ${inCycle}`;
  }
  if (query.cycle) return Prisma.sql`a."programId" = p."id" AND a."status" = 'ACCEPTED' AND c."name" = ${query.cycle}`;
  return Prisma.sql`a."id" = p."latestAssessmentId"`;
}

/**
 * Per program in the actor's scope, the assessment the portfolio shows, with its stored scores: one
 * query, one row per program. Programs point at their baseline and latest accepted assessment (kept
 * by a trigger), so no program's history is read. The council sees every program; a CCO their
 * agency's.
 */
async function pickPortfolioAssessments(actor: Actor, query: PortfolioQuery) {
  requireRole(actor, "COUNCIL", "ADMIN", "CCO");
  const agency = query.agency ? Prisma.sql`AND p."agencyId" = ${query.agency}::uuid` : Prisma.empty;
  const rows = await db().$queryRaw<PickedRow[]>`
    SELECT p."id" AS "programId", p."name" AS "program", ag."name" AS "agency",
           a."id" AS "assessmentId", a."modelId", a."updatedAt" AS "acceptedAt", c."name" AS "cycle",
           s."overallScore", s."overallLevel", s."disciplines"
    FROM "Program" p
    JOIN "Agency" ag ON ag."id" = p."agencyId"
    LEFT JOIN ("Assessment" a JOIN "Cycle" c ON c."id" = a."cycleId") ON ${pickedAssessment(query)}
    LEFT JOIN "ScoreSnapshot" s ON s."assessmentId" = a."id"
    WHERE p."archivedAt" IS NULL AND ${scopeCondition(scopeOf(actor))} ${agency}`;
  return { programCount: rows.length, picked: rows.filter((r) => r.assessmentId !== null) };
}

async function currentModelOutline() {
  const current = await db().maturityModel.findFirst({
    where: { isCurrent: true },
    select: { levels: { orderBy: { rank: "asc" }, select: { name: true } }, disciplines: { orderBy: { position: "asc" }, select: { key: true, name: true } } },
  });
  return { levelNames: current?.levels.map((l) => l.name) ?? [], disciplines: current?.disciplines ?? [] };
}

async function portfolioEntries(actor: Actor, query: PortfolioQuery) {
  const { programCount, picked } = await pickPortfolioAssessments(actor, query);
  const snapshots = new Map(picked.map((r) => [r.assessmentId!, parseSnapshot(r)]));
  // Assessments without a stored snapshot (written before snapshots existed) are scored here.
  const unscored = picked.filter((r) => !snapshots.get(r.assessmentId!)).map((r) => ({ id: r.assessmentId!, modelId: r.modelId! }));
  const [rescored, shapes] = await Promise.all([submittedScores(unscored), loadModelShapes(picked.map((r) => r.modelId!))]);
  const entries: (PortfolioEntry & { modelId: string; acceptedAt: Date; a11: Record<string, string[]> })[] = picked.map((row) => {
    const score = snapshots.get(row.assessmentId!) ?? rescored.get(row.assessmentId!)!;
    const shape = shapes.get(row.modelId!) ?? { disciplines: [] };
    return {
      programId: row.programId,
      program: row.program,
      agency: row.agency,
      assessmentId: row.assessmentId!,
      modelId: row.modelId!,
      cycle: row.cycle!,
      acceptedAt: row.acceptedAt!,
      overall: { score: score.overallScore, level: score.overallLevel },
      disciplines: Object.fromEntries(score.disciplines.map((d) => [d.key, { score: d.score, level: d.level }])),
      a11: Object.fromEntries(shape.disciplines.map((d) => [d.key, d.a11Areas])),
    };
  });
  const filtered = query.level ? entries.filter((e) => e.overall.level === query.level) : entries;
  return { programCount, entries: sortPortfolio(filtered, query.sort as SortKey, query.dir) as typeof filtered };
}

/** Rows per page of the heatmap: a screenful to scan; the distribution still counts every program. */
export const PORTFOLIO_PAGE_SIZE = 100;

export async function getPortfolio(actor: Actor, query: PortfolioQuery) {
  const [{ programCount, entries }, outline, agencies, cycles] = await Promise.all([
    portfolioEntries(actor, query),
    currentModelOutline(),
    db().agency.findMany({ where: { archivedAt: null, programs: { some: programScope(actor) } }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db().cycle.findMany({ orderBy: { startsOn: "desc" }, select: { name: true } }),
  ]);
  const pageCount = Math.max(1, Math.ceil(entries.length / PORTFOLIO_PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  return {
    entries: entries.slice((page - 1) * PORTFOLIO_PAGE_SIZE, page * PORTFOLIO_PAGE_SIZE),
    total: entries.length,
    page,
    withoutAccepted: programCount - entries.length,
    disciplines: outline.disciplines,
    levelNames: outline.levelNames,
    distribution: levelDistribution(entries, outline.disciplines.map((d) => d.key)),
    agencies,
    cycles: cycles.map((c) => c.name),
  };
}

/** The portfolio as export rows: one per program × discipline, for the same filters. */
export async function portfolioExportRows(actor: Actor, query: PortfolioQuery): Promise<PortfolioRow[]> {
  const [{ entries }, outline] = await Promise.all([portfolioEntries(actor, query), currentModelOutline()]);
  return entries.flatMap((e) =>
    outline.disciplines.map((d) => {
      const cell = e.disciplines[d.key];
      return {
        agency: e.agency,
        program: e.program,
        cycle: e.cycle,
        view: query.view,
        status: "ACCEPTED",
        disciplineKey: d.key,
        discipline: d.name,
        score: cell?.score ?? null,
        level: cell?.level ?? null,
        levelName: cell?.level ? (outline.levelNames[cell.level - 1] ?? null) : null,
        overallScore: e.overall.score,
        overallLevel: e.overall.level,
        a11Areas: (e.a11[d.key] ?? []).map((a) => a11AreaLabels[a as A11Area] ?? a).join("; "),
        acceptedAt: e.acceptedAt,
      };
    }),
  );
}

/** Assessments per query of the raw-answers export: about 1,000 answers at a time. */
const ASSESSMENTS_PER_BATCH = 25;

/**
 * The raw answers of the assessments the portfolio shows, in the portfolio's order, read a few
 * assessments at a time (through the assessment/practice index) so that an export of a whole
 * cycle streams with flat memory: each batch reads plain columns, and the practices and people
 * they name are looked up once. Access is checked before the first row is produced.
 */
export async function answerExportRows(actor: Actor, query: PortfolioQuery): Promise<AsyncIterable<AnswerRow>> {
  const { entries } = await portfolioEntries(actor, query);
  const modelIds = [...new Set(entries.map((e) => e.modelId))];
  const [models, disciplines] = await Promise.all([
    db().maturityModel.findMany({ where: { id: { in: modelIds } }, select: { id: true, version: true, levels: { select: { rank: true, name: true } } } }),
    db().discipline.findMany({
      where: { modelId: { in: modelIds } },
      orderBy: { position: "asc" },
      select: { name: true, practices: { orderBy: { position: "asc" }, select: { id: true, key: true, title: true } } },
    }),
  ]);
  const modelOf = new Map(models.map((m) => [m.id, { version: m.version, levelName: new Map(m.levels.map((l) => [l.rank, l.name])) }]));
  // Model order: a practice's place among all practices of its model.
  const practiceOf = new Map(disciplines.flatMap((d) => d.practices.map((p) => [p.id, { ...p, discipline: d.name }] as const)).map(([id, p], order) => [id, { ...p, order }]));
  const people = new Map<string, string>();
  return (async function* () {
    for (let i = 0; i < entries.length; i += ASSESSMENTS_PER_BATCH) {
      const group = entries.slice(i, i + ASSESSMENTS_PER_BATCH);
      const batch = await db().answer.findMany({
        where: { assessmentId: { in: group.map((e) => e.assessmentId) } },
        select: { assessmentId: true, practiceId: true, level: true, notApplicable: true, evidenceNote: true, evidenceLinks: true, updatedAt: true, answeredById: true },
      });
      const unknown = [...new Set(batch.map((a) => a.answeredById))].filter((id) => !people.has(id));
      if (unknown.length) for (const u of await db().user.findMany({ where: { id: { in: unknown } }, select: { id: true, name: true } })) people.set(u.id, u.name);
      const byAssessment = new Map<string, typeof batch>();
      for (const a of batch) byAssessment.set(a.assessmentId, [...(byAssessment.get(a.assessmentId) ?? []), a]);
      for (const e of group) {
        const model = modelOf.get(e.modelId)!;
        const answers = (byAssessment.get(e.assessmentId) ?? []).sort((a, b) => practiceOf.get(a.practiceId)!.order - practiceOf.get(b.practiceId)!.order);
        for (const a of answers) {
          const practice = practiceOf.get(a.practiceId)!;
          yield {
            agency: e.agency,
            program: e.program,
            cycle: e.cycle,
            status: "ACCEPTED",
            modelVersion: model.version,
            discipline: practice.discipline,
            practiceKey: practice.key,
            practice: practice.title,
            level: a.level,
            levelName: a.level === null ? null : (model.levelName.get(a.level) ?? null),
            notApplicable: a.notApplicable,
            evidenceNote: a.evidenceNote,
            evidenceLinks: a.evidenceLinks,
            answeredBy: people.get(a.answeredById) ?? "",
            answeredAt: a.updatedAt,
          };
        }
      }
    }
  })();
}
