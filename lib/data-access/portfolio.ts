import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { programScope, scopeOf } from "@/lib/auth/policy";
import { Prisma } from "@/lib/db/generated/client";
import { parseSnapshot } from "@/lib/scoring/snapshot";
import type { AnswerRow, PortfolioRow } from "@/lib/exports/columns";
import { a11AreaLabels } from "@/lib/model/a11-areas";
import type { Cell } from "@/lib/scoring/rules";
import { isLevel } from "@/lib/scoring/rules";
import type { PortfolioQuery } from "@/lib/validation/portfolio";
import type { A11Area } from "@/lib/db/generated/enums";
import { requireRole } from "./internal/guards";
import { currentModelOutline } from "./internal/model-outline";
import { fromPortfolioCache } from "./internal/portfolio-cache";
import { talliesShown } from "./internal/portfolio-tallies";
import { isShown, programsWithPick, shownPrograms, takeMissingSnapshots } from "./internal/portfolio-pick";
import { answerRowCount, answerRowsOf } from "./internal/answer-rows";
import { loadModelShapes } from "./internal/scores";

type PickedRow = {
  programId: string;
  program: string;
  agency: string;
  assessmentId: string;
  modelId: string;
  modelVersion: number;
  /** From json_agg: an ISO timestamp. */
  acceptedAt: string;
  cycle: string;
  overallScore: number | null;
  overallLevel: number | null;
  disciplines: unknown;
  /** Self-reported minus validated overall level (optimism in lib/scoring/validation.ts); 0 where the council agreed with every answer. */
  optimism: number | null;
};

/** A discipline's stored level or score, for sorting in SQL. */
const disciplineValue = (key: string, field: "level" | "score") =>
  Prisma.sql`(SELECT (d->>${field})::float FROM jsonb_array_elements(x."disciplines") d WHERE d->>'key' = ${key})`;

/**
 * The order of the heatmap: by name, case-insensitively; by agency, then program; or by a level
 * (then its score), with unscored cells last in both directions and ties broken by program name.
 */
function portfolioOrder(query: PortfolioQuery): Prisma.Sql {
  const dir = query.dir === "desc" ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  const byName = Prisma.sql`lower(x."program") ${query.sort === "program" ? dir : Prisma.sql`ASC`}, x."program", x."programId"`;
  if (query.sort === "program") return byName;
  if (query.sort === "agency") return Prisma.sql`lower(x."agency") ${dir}, ${byName}`;
  const [level, score] = query.sort.startsWith("discipline:")
    ? [disciplineValue(query.sort.slice("discipline:".length), "level"), disciplineValue(query.sort.slice("discipline:".length), "score")]
    : [Prisma.sql`x."overallLevel"`, Prisma.sql`x."overallScore"`];
  return Prisma.sql`(${level}) IS NULL, ${level} ${dir}, ${score} ${dir}, ${byName}`;
}

/** Each picked program with what the heatmap names of its assessment: its model version, cycle and acceptance. */
const withAssessment = (picked: Prisma.Sql) => Prisma.sql`
  SELECT x.*, a."modelId", m."version" AS "modelVersion", a."updatedAt" AS "acceptedAt", c."name" AS "cycle"
  FROM (${picked}) x
  JOIN "Assessment" a ON a."id" = x."assessmentId" JOIN "Cycle" c ON c."id" = a."cycleId"
  JOIN "MaturityModel" m ON m."id" = a."modelId"`;

type LevelCount = { key: string; level: number; n: number };
type Tallied = { levelCounts: LevelCount[]; optimism: { mean: number | null; validatedDifferently: number } };
type Portfolio = Tallied & { rows: PickedRow[]; shown: number; programs: number };

/**
 * Over every shown program, from the tallies: how many sit at each level per discipline, the mean of
 * self-reported minus validated overall level, and how many the council validated differently.
 */
async function portfolioTallies(actor: Actor, query: PortfolioQuery): Promise<Tallied> {
  const [[optimism], levelCounts] = await Promise.all([
    db().$queryRaw<[Tallied["optimism"]]>`
      SELECT sum(t."optimismTotal")::float / NULLIF(sum(t."optimismCount"), 0) AS "mean", COALESCE(sum(t."validatedDifferently"), 0)::int AS "validatedDifferently"
      FROM "ProgramTally" t WHERE ${talliesShown(actor, query)}`,
    db().$queryRaw<LevelCount[]>`
      SELECT t."disciplineKey" AS "key", l."level", sum(t."counts"[l."level"])::int AS "n"
      FROM "DisciplineTally" t CROSS JOIN generate_series(1, 5) l("level")
      WHERE ${talliesShown(actor, query)} GROUP BY 1, 2`,
  ]);
  return { levelCounts, optimism };
}

/**
 * The shown programs in the heatmap's order (a window of them, or all) and how many are shown and in
 * scope, in one pass over the programs; what is counted over them, from the tallies. A page of a
 * 20,000-program portfolio sends one page of rows.
 */
async function portfolioRows(actor: Actor, query: PortfolioQuery, window?: { limit: number; offset: number }): Promise<Portfolio> {
  requireRole(actor, "COUNCIL", "ADMIN", "CCO");
  const limit = window ? Prisma.sql`LIMIT ${window.limit} OFFSET ${window.offset}` : Prisma.empty;
  const run = () =>
    Promise.all([
      db().$queryRaw<[{ rows: PickedRow[] | null; shown: number; programs: number; missing: number }]>`
        WITH every AS MATERIALIZED (${programsWithPick(actor, query)}),
             shown AS (SELECT * FROM every WHERE ${isShown(query)})
        SELECT
          (SELECT json_agg(x ORDER BY ${portfolioOrder(query)}) FROM (
             ${withAssessment(Prisma.sql`SELECT * FROM shown x ORDER BY ${portfolioOrder(query)} ${limit}`)}) x) AS "rows",
          (SELECT count(*) FROM shown)::int AS "shown",
          (SELECT count(*) FROM every)::int AS "programs",
          (SELECT count(*) FROM shown WHERE "snapshotOf" IS NULL)::int AS "missing"`,
      portfolioTallies(actor, query),
    ]);
  let [[result], tallied] = await run();
  // Tallied once scored: an assessment accepted before snapshots existed is scored, then read again.
  if (result.missing > 0) {
    await takeMissingSnapshots(actor, query);
    [[result], tallied] = await run();
  }
  return { rows: result.rows ?? [], shown: result.shown, programs: result.programs, ...tallied };
}

/** The shown rows as heatmap entries. */
function toEntries(rows: PickedRow[]) {
  return rows.map((row) => {
    const score = parseSnapshot(row) ?? { overallScore: null, overallLevel: null, disciplines: [] };
    return {
      programId: row.programId,
      program: row.program,
      agency: row.agency,
      assessmentId: row.assessmentId,
      modelId: row.modelId,
      modelVersion: row.modelVersion,
      cycle: row.cycle,
      acceptedAt: new Date(row.acceptedAt),
      overall: { score: score.overallScore, level: score.overallLevel },
      optimism: row.optimism,
      disciplines: Object.fromEntries(score.disciplines.map((d) => [d.key, { score: d.score, level: d.level }])) as Record<string, Cell>,
    };
  });
}

/** How many shown programs sit at each level (1–5) in each discipline, plus how many are not scored. */
function levelDistribution(counts: LevelCount[], disciplineKeys: string[], shown: number) {
  return disciplineKeys.map((key) => {
    const byLevel = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
    for (const c of counts) if (c.key === key && isLevel(c.level)) byLevel[c.level] = c.n;
    const scored = Object.values(byLevel).reduce((a, b) => a + b, 0);
    return { key, counts: { ...byLevel, unscored: shown - scored } };
  });
}

/** Rows per page of the heatmap: a screenful to scan; the distribution still counts every program. */
export const PORTFOLIO_PAGE_SIZE = 25;

/** What the portfolio's filters offer, and the current model's levels and disciplines every view names. */
export async function getPortfolioOptions(actor: Actor) {
  requireRole(actor, "COUNCIL", "ADMIN", "CCO");
  return fromPortfolioCache(["portfolio-options", scopeOf(actor)], async () => {
    const [outline, agencies, cycles] = await Promise.all([
      currentModelOutline(),
      db().agency.findMany({ where: { archivedAt: null, programs: { some: programScope(actor) } }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
      db().cycle.findMany({ orderBy: { startsOn: "desc" }, select: { name: true } }),
    ]);
    return { ...outline, agencies, cycles: cycles.map((c) => c.name) };
  });
}

/** The heatmap's page, its counts and the distribution: the same for every reader of a scope until the portfolio's revision changes. */
export async function getPortfolio(actor: Actor, query: PortfolioQuery) {
  requireRole(actor, "COUNCIL", "ADMIN", "CCO");
  return fromPortfolioCache(["portfolio", scopeOf(actor), query], () => portfolioPage(actor, query));
}

async function portfolioPage(actor: Actor, query: PortfolioQuery) {
  const window = (page: number) => ({ limit: PORTFOLIO_PAGE_SIZE, offset: (page - 1) * PORTFOLIO_PAGE_SIZE });
  const [options, requested] = await Promise.all([getPortfolioOptions(actor), portfolioRows(actor, query, window(query.page))]);
  // A page past the end (an old link) shows the last page.
  const lastPage = Math.max(1, Math.ceil(requested.shown / PORTFOLIO_PAGE_SIZE));
  const page = Math.min(query.page, lastPage);
  const portfolio = page === query.page ? requested : await portfolioRows(actor, query, window(page));
  return {
    entries: toEntries(portfolio.rows),
    total: portfolio.shown,
    page,
    withoutAccepted: portfolio.programs - portfolio.shown,
    /** Over every shown program: the mean of self-reported minus validated overall level, and how many the council validated differently. */
    optimism: portfolio.optimism,
    ...options,
    distribution: levelDistribution(portfolio.levelCounts, options.disciplines.map((d) => d.key), portfolio.shown),
  };
}

/** Programs read per query by an export (tests pass fewer): its memory does not grow with the portfolio. */
const EXPORT_BATCH = 500;

/** An export's rows, streamed, and how many there will be (for the download's progress). */
export type ExportRows<Row> = { rows: AsyncIterable<Row>; count: number };

/**
 * The shown programs' entries in the heatmap's order, a batch at a time: the order is read once (two
 * ids per program), then each batch's rows by key. A program changed in between shows as it is now.
 */
async function entryBatches(actor: Actor, query: PortfolioQuery, batchSize: number) {
  requireRole(actor, "COUNCIL", "ADMIN", "CCO");
  const ordered = () =>
    db().$queryRaw<{ programId: string; assessmentId: string; modelId: string; missing: boolean }[]>`
      SELECT x."programId", x."assessmentId", a."modelId", x."snapshotOf" IS NULL AS "missing"
      FROM (${shownPrograms(actor, query)}) x JOIN "Assessment" a ON a."id" = x."assessmentId"
      ORDER BY ${portfolioOrder(query)}`;
  let order = await ordered();
  if (order.some((o) => o.missing)) {
    await takeMissingSnapshots(actor, query);
    order = await ordered();
  }
  const ids = order.map((o) => o.programId);
  const batches = (async function* () {
    for (let i = 0; i < ids.length; i += batchSize) {
      const batch = ids.slice(i, i + batchSize);
      const rows = await db().$queryRaw<PickedRow[]>`
        ${withAssessment(Prisma.sql`SELECT * FROM (${programsWithPick(actor, query, batch)}) x WHERE ${isShown(query)}`)}`;
      const byId = new Map(rows.map((r) => [r.programId, r]));
      yield toEntries(batch.flatMap((id) => byId.get(id) ?? []));
    }
  })();
  return { batches, assessments: order.map((o) => ({ id: o.assessmentId, modelId: o.modelId })) };
}

/** The portfolio as export rows, one per program × discipline, for the same filters, streamed with flat memory. */
export async function portfolioExportRows(actor: Actor, query: PortfolioQuery, batchSize = EXPORT_BATCH): Promise<ExportRows<PortfolioRow>> {
  const [{ batches, assessments }, outline] = await Promise.all([entryBatches(actor, query, batchSize), currentModelOutline()]);
  const rows = (async function* () {
    for await (const entries of batches) {
      // Each assessment's own model version says which A-11 areas its disciplines serve.
      const shapes = await loadModelShapes(entries.map((e) => e.modelId));
      for (const e of entries) {
        for (const d of outline.disciplines) {
          const cell = e.disciplines[d.key];
          const areas = shapes.get(e.modelId)?.disciplines.find((x) => x.key === d.key)?.a11Areas ?? [];
          yield {
            agency: e.agency,
            program: e.program,
            cycle: e.cycle,
            modelVersion: e.modelVersion,
            view: query.view,
            status: "ACCEPTED",
            disciplineKey: d.key,
            discipline: d.name,
            score: cell?.score ?? null,
            level: cell?.level ?? null,
            levelName: cell?.level ? (outline.levelNames[cell.level - 1] ?? null) : null,
            overallScore: e.overall.score,
            overallLevel: e.overall.level,
            a11Areas: areas.map((a) => a11AreaLabels[a as A11Area] ?? a).join("; "),
            acceptedAt: e.acceptedAt,
          } satisfies PortfolioRow;
        }
      }
    }
  })();
  return { rows, count: assessments.length * outline.disciplines.length };
}

/**
 * The raw answers of the assessments the portfolio shows, in the portfolio's order, streamed with
 * flat memory. Access is checked before the first row is produced.
 */
export async function answerExportRows(actor: Actor, query: PortfolioQuery, batchSize = EXPORT_BATCH): Promise<ExportRows<AnswerRow>> {
  const { batches, assessments } = await entryBatches(actor, query, batchSize);
  const [rows, count] = await Promise.all([
    answerRowsOf(
      (async function* () {
        for await (const entries of batches) yield entries.map((e) => ({ ...e, status: "ACCEPTED" }));
      })(),
    ),
    answerRowCount(assessments),
  ]);
  return { rows, count };
}
