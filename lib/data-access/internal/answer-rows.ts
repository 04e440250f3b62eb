import "server-only";
import { db } from "@/lib/db/client";
import { groupBy } from "@/lib/group-by";
import type { AnswerRow } from "@/lib/exports/columns";

/** Assessments per query: about 1,000 answers at a time. */
const ASSESSMENTS_PER_BATCH = 25;

type Entry = { assessmentId: string; modelId: string; agency: string; program: string; cycle: string; status: string };

/**
 * The raw answers of these assessments, in their order and the model's, read a few assessments at a
 * time (through the assessment/practice index) so that an export of a whole cycle streams with flat
 * memory: each batch reads plain columns, and the practices and people they name are looked up once.
 * The caller has checked that the actor may read every one.
 */
export async function answerRowsOf(entries: Entry[]): Promise<AsyncIterable<AnswerRow>> {
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
  const teams = await teamsOf(entries.map((e) => e.assessmentId));
  return (async function* () {
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
        const model = modelOf.get(e.modelId)!;
        const answers = (byAssessment.get(e.assessmentId) ?? []).sort((a, b) => practiceOf.get(a.practiceId)!.order - practiceOf.get(b.practiceId)!.order);
        for (const a of answers) {
          const practice = practiceOf.get(a.practiceId)!;
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
  })();
}

type What = Omit<AnswerRow, "agency" | "program" | "cycle" | "status" | "modelVersion" | "discipline" | "practiceKey" | "practice" | "levelName">;

/**
 * One row: where it belongs, then what it says. Built field by field, not by spreading a shared part:
 * a spread row costs the 92,000-row export of a cycle twice the time and several times the memory.
 */
function rowOf(
  e: Entry,
  model: { version: number; levelName: Map<number, string> },
  practice: { discipline: string; key: string; title: string },
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
 * The respondents of whichever of these assessments are team assessments (one query for the whole
 * export; most have none), each named by a stable pseudonym: their place in the order they were asked.
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
