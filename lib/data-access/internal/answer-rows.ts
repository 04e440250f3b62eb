import "server-only";
import { db } from "@/lib/db/client";
import { groupBy } from "@/lib/group-by";
import type { AnswerRow } from "@/lib/exports/columns";

/** Assessments per query: about 1,000 answers at a time. */
const ASSESSMENTS_PER_BATCH = 25;

type Entry = { assessmentId: string; modelId: string; agency: string; program: string; cycle: string; status: string };

/**
 * The raw answers of these assessments, in their order and the model's, streamed with flat memory:
 * the assessments come in batches (an export of a whole portfolio never holds them all), and each
 * batch's answers are read a few assessments at a time through the assessment/practice index, as
 * plain columns; the models, practices and people they name are looked up once. The caller has
 * checked that the actor may read every one.
 */
export async function answerRowsOf(batches: AsyncIterable<Entry[]> | Iterable<Entry[]>): Promise<AsyncIterable<AnswerRow>> {
  const models = new Map<string, Model>();
  const people = new Map<string, string>();
  return (async function* (): AsyncGenerator<AnswerRow> {
    for await (const entries of batches) {
      await loadModels(models, entries.map((e) => e.modelId));
      const teams = await teamsOf(entries.map((e) => e.assessmentId));
      for (let i = 0; i < entries.length; i += ASSESSMENTS_PER_BATCH) {
        const group = entries.slice(i, i + ASSESSMENTS_PER_BATCH);
        const batch = await db().answer.findMany({
          where: { assessmentId: { in: group.map((e) => e.assessmentId) } },
          select: {
            assessmentId: true,
            practiceId: true,
            level: true,
            notApplicable: true,
            evidenceNote: true,
            evidenceLinks: true,
            updatedAt: true,
            answeredById: true,
            selfReportedLevel: true,
            selfReportedNotApplicable: true,
            validationReason: true,
          },
        });
        const ratingsOf = await countedRatingsOf(teams, group.map((e) => e.assessmentId));
        const unknown = [...new Set(batch.map((a) => a.answeredById))].filter((id) => !people.has(id));
        if (unknown.length) for (const u of await db().user.findMany({ where: { id: { in: unknown } }, select: { id: true, name: true } })) people.set(u.id, u.name);
        const byAssessment = groupBy(batch, (a) => a.assessmentId);
        for (const e of group) {
          const model = models.get(e.modelId)!;
          const answers = (byAssessment.get(e.assessmentId) ?? []).sort((a, b) => model.practices.get(a.practiceId)!.order - model.practices.get(b.practiceId)!.order);
          for (const a of answers) {
            const practice = model.practices.get(a.practiceId)!;
            yield rowOf(e, model, practice, {
              level: a.level,
              notApplicable: a.notApplicable,
              evidenceNote: a.evidenceNote,
              evidenceLinks: a.evidenceLinks,
              answeredBy: people.get(a.answeredById) ?? "",
              answeredAt: a.updatedAt,
              selfReported: a.selfReportedNotApplicable === null ? null : a.selfReportedNotApplicable ? "NA" : a.selfReportedLevel,
              validationReason: a.validationReason,
              record: "answer",
              respondent: "",
              confidence: null,
            });
            for (const r of ratingsOf.get(`${e.assessmentId}:${a.practiceId}`) ?? []) {
              yield rowOf(e, model, practice, {
                level: r.level,
                notApplicable: r.notApplicable,
                evidenceNote: r.note,
                evidenceLinks: [],
                answeredBy: r.respondent,
                answeredAt: r.updatedAt,
                selfReported: null,
                validationReason: "",
                record: "rating",
                respondent: r.respondent,
                confidence: r.confidence,
              });
            }
          }
        }
      }
    }
  })();
}

/**
 * How many rows answerRowsOf gives for these submitted or accepted assessments, without reading
 * their answers: one per practice of each one's model (submission needs every practice answered),
 * and a row per counted rating.
 */
export async function answerRowCount(assessments: { id: string; modelId: string }[]): Promise<number> {
  const modelIds = [...new Set(assessments.map((a) => a.modelId))];
  const [practices, [{ ratings }]] = await Promise.all([
    db().$queryRaw<{ modelId: string; n: number }[]>`
      SELECT d."modelId", count(*)::int AS "n" FROM "Practice" p JOIN "Discipline" d ON d."id" = p."disciplineId"
      WHERE d."modelId" = ANY(${modelIds}::uuid[]) GROUP BY 1`,
    db().$queryRaw<[{ ratings: number }]>`
      SELECT count(*)::int AS "ratings" FROM "Respondent" t
        JOIN "Rating" r ON r."respondentId" = t."id"
        JOIN "Answer" a ON a."assessmentId" = t."assessmentId" AND a."practiceId" = r."practiceId"
       WHERE t."assessmentId" = ANY(${assessments.map((a) => a.id)}::uuid[]) AND t."finishedAt" IS NOT NULL`,
  ]);
  const perModel = new Map(practices.map((p) => [p.modelId, p.n]));
  return assessments.reduce((sum, a) => sum + (perModel.get(a.modelId) ?? 0), ratings);
}

type Practice = { discipline: string; key: string; title: string; order: number };
type Model = { version: number; levelName: Map<number, string>; practices: Map<string, Practice> };

/** Adds the models not seen yet: their version, level names and practices in model order. */
async function loadModels(models: Map<string, Model>, modelIds: string[]) {
  const missing = [...new Set(modelIds)].filter((id) => !models.has(id));
  if (missing.length === 0) return;
  const found = await db().maturityModel.findMany({
    where: { id: { in: missing } },
    select: {
      id: true,
      version: true,
      levels: { select: { rank: true, name: true } },
      disciplines: { orderBy: { position: "asc" }, select: { name: true, practices: { orderBy: { position: "asc" }, select: { id: true, key: true, title: true } } } },
    },
  });
  for (const m of found) {
    // Model order: a practice's place among all practices of its model.
    const practices = m.disciplines.flatMap((d) => d.practices.map((p) => ({ id: p.id, key: p.key, title: p.title, discipline: d.name })));
    models.set(m.id, {
      version: m.version,
      levelName: new Map(m.levels.map((l) => [l.rank, l.name])),
      practices: new Map(practices.map((p, order) => [p.id, { ...p, order }])),
    });
  }
}

type What = Omit<AnswerRow, "agency" | "program" | "cycle" | "status" | "modelVersion" | "discipline" | "practiceKey" | "practice" | "levelName">;

/**
 * One row: where it belongs, then what it says. Built field by field, not by spreading a shared part:
 * a spread row costs the 92,000-row export of a cycle twice the time and several times the memory.
 */
function rowOf(
  e: Entry,
  model: Model,
  practice: Practice,
  w: What,
): AnswerRow {
  return {
    agency: e.agency,
    program: e.program,
    cycle: e.cycle,
    status: e.status,
    modelVersion: model.version,
    discipline: practice.discipline,
    practiceKey: practice.key,
    practice: practice.title,
    level: w.level,
    levelName: w.level === null ? null : (model.levelName.get(w.level) ?? null),
    notApplicable: w.notApplicable,
    evidenceNote: w.evidenceNote,
    evidenceLinks: w.evidenceLinks,
    answeredBy: w.answeredBy,
    answeredAt: w.answeredAt,
    selfReported: w.selfReported,
    validationReason: w.validationReason,
    record: w.record,
    respondent: w.respondent,
    confidence: w.confidence,
  };
}

/**
 * The respondents of whichever of these assessments are team assessments (one query per batch of
 * the export; most have none), each named by a stable pseudonym: their place in the order they were asked.
 */
async function teamsOf(assessmentIds: string[]) {
  const respondents = await db().respondent.findMany({
    where: { assessmentId: { in: assessmentIds } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, assessmentId: true, finishedAt: true },
  });
  return [...groupBy(respondents, (r) => r.assessmentId).values()].flatMap((team) =>
    team.map((r, i) => ({ id: r.id, assessmentId: r.assessmentId, finished: r.finishedAt !== null, pseudonym: `Respondent ${i + 1}` })),
  );
}

/** The counted ratings (finished respondents') of a batch's assessments, by assessment and practice, in pseudonym order. */
async function countedRatingsOf(teams: Awaited<ReturnType<typeof teamsOf>>, assessmentIds: string[]) {
  const batch = new Set(assessmentIds);
  const finished = new Map(teams.filter((r) => r.finished && batch.has(r.assessmentId)).map((r) => [r.id, r]));
  if (finished.size === 0) return new Map<string, never[]>();
  const ratings = await db().rating.findMany({
    where: { respondentId: { in: [...finished.keys()] } },
    select: { respondentId: true, practiceId: true, level: true, notApplicable: true, confidence: true, note: true, updatedAt: true },
  });
  const named = ratings.map((r) => ({ ...r, respondent: finished.get(r.respondentId)!.pseudonym, assessmentId: finished.get(r.respondentId)!.assessmentId }));
  named.sort((a, b) => a.respondent.localeCompare(b.respondent, "en", { numeric: true }));
  return groupBy(named, (r) => `${r.assessmentId}:${r.practiceId}`);
}
