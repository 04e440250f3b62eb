import "server-only";
import { LRUCache } from "lru-cache";
import { db } from "@/lib/db/client";
import { groupBy } from "@/lib/group-by";
import type { Prisma } from "@/lib/db/generated/client";
import { parseScoringRule } from "@/lib/model/model-schema";
import { isLevel, type ScoringRule } from "@/lib/scoring/rules";
import { scoreAssessment, type AnswerValue, type AssessmentScore } from "@/lib/scoring/score";
import { parseSnapshot, snapshotOf, type ScoreSnapshotData } from "@/lib/scoring/snapshot";

type Reader = Pick<Prisma.TransactionClient, "answer" | "discipline" | "maturityModel">;

export type ModelShape = {
  version: number;
  rule: ScoringRule;
  disciplines: { key: string; name: string; a11Areas: string[]; practices: { id: string; key: string; title: string }[] }[];
};

/**
 * A model version is written once (write-model.ts makes every change a new version) and never edited
 * after, so what was read of it stays true: each process keeps the shapes and levels it has read,
 * which spares the results page, the questionnaire and the exports the same reads on every request.
 */
const shapes = new LRUCache<string, ModelShape>({ max: 100 });
const levels = new LRUCache<string, ModelLevel[]>({ max: 100 });

export type ModelLevel = { rank: number; name: string };

/** The rule, disciplines and practices of each model version, in model order. */
export async function loadModelShapes(modelIds: string[], client: Reader = db()): Promise<Map<string, ModelShape>> {
  const found = new Map<string, ModelShape>();
  const missing: string[] = [];
  for (const id of new Set(modelIds)) {
    const kept = shapes.get(id);
    if (kept) found.set(id, kept);
    else missing.push(id);
  }
  if (missing.length > 0) {
    const [models, disciplines] = await Promise.all([
      client.maturityModel.findMany({ where: { id: { in: missing } }, select: { id: true, version: true, scoringRule: true } }),
      client.discipline.findMany({
        where: { modelId: { in: missing } },
        orderBy: { position: "asc" },
        select: { modelId: true, key: true, name: true, a11Areas: true, practices: { orderBy: { position: "asc" }, select: { id: true, key: true, title: true } } },
      }),
    ]);
    const read = new Map<string, ModelShape>(models.map((m) => [m.id, { version: m.version, rule: parseScoringRule(m.scoringRule), disciplines: [] }]));
    for (const { modelId, ...d } of disciplines) read.get(modelId)?.disciplines.push(d);
    for (const [id, shape] of read) {
      shapes.set(id, shape);
      found.set(id, shape);
    }
  }
  return found;
}

/** The levels of one model version, lowest first. */
export async function loadModelLevels(modelId: string): Promise<ModelLevel[]> {
  const kept = levels.get(modelId);
  if (kept) return kept;
  const read = await db().level.findMany({ where: { modelId }, orderBy: { rank: "asc" }, select: { rank: true, name: true } });
  levels.set(modelId, read);
  return read;
}

/** The scoring rule of one model version. */
export async function modelRule(modelId: string, client: Reader = db()): Promise<ScoringRule> {
  const shape = (await loadModelShapes([modelId], client)).get(modelId);
  if (!shape) throw new Error(`There is no model ${modelId}.`);
  return shape.rule;
}

export type ScoredAssessment = { shape: ModelShape; values: Map<string, AnswerValue>; score: AssessmentScore };

/** Scores many assessments with two queries: their models and their answers. */
export async function scoreAssessments(refs: { id: string; modelId: string }[], client: Reader = db()): Promise<Map<string, ScoredAssessment>> {
  if (refs.length === 0) return new Map();
  const [shapes, answers] = await Promise.all([
    loadModelShapes(refs.map((r) => r.modelId), client),
    client.answer.findMany({
      where: { assessmentId: { in: refs.map((r) => r.id) } },
      select: { assessmentId: true, practiceId: true, level: true, notApplicable: true },
    }),
  ]);
  const byAssessment = groupBy(answers, (a) => a.assessmentId);
  const scored = new Map<string, ScoredAssessment>();
  for (const ref of refs) {
    const shape = shapes.get(ref.modelId);
    if (!shape) throw new Error(`Assessment ${ref.id} names model ${ref.modelId}, which does not exist.`);
    const keyOf = new Map(shape.disciplines.flatMap((d) => d.practices.map((p) => [p.id, p.key] as const)));
    const values = new Map<string, AnswerValue>();
    for (const a of byAssessment.get(ref.id) ?? []) {
      const key = keyOf.get(a.practiceId);
      if (key) values.set(key, !a.notApplicable && isLevel(a.level) ? a.level : "NA");
    }
    const model = { rule: shape.rule, disciplines: shape.disciplines.map((d) => ({ key: d.key, practiceKeys: d.practices.map((p) => p.key) })) };
    scored.set(ref.id, { shape, values, score: scoreAssessment(model, values) });
  }
  return scored;
}

/**
 * Stores the scores of an assessment being submitted, inside the submitting transaction: its
 * answers are locked from then on, so the snapshot stays true until the council returns it.
 */
export async function takeScoreSnapshot(tx: Prisma.TransactionClient, ref: { id: string; modelId: string }) {
  const { score } = (await scoreAssessments([ref], tx)).get(ref.id)!;
  const data = snapshotOf(score);
  await tx.scoreSnapshot.upsert({
    where: { assessmentId: ref.id },
    create: { assessmentId: ref.id, ...data },
    update: { ...data, takenAt: new Date() },
  });
}

/**
 * Overall and per-discipline scores of submitted or accepted assessments: read from their
 * snapshots, and rescored from the answers only where none was taken (data written before
 * snapshots existed, or loaded around the app).
 */
export async function submittedScores(refs: { id: string; modelId: string }[]): Promise<Map<string, ScoreSnapshotData>> {
  if (refs.length === 0) return new Map();
  const rows = await db().scoreSnapshot.findMany({
    where: { assessmentId: { in: refs.map((r) => r.id) } },
    select: { assessmentId: true, overallScore: true, overallLevel: true, disciplines: true },
  });
  const scores = new Map<string, ScoreSnapshotData>();
  for (const row of rows) {
    const snapshot = parseSnapshot(row);
    if (snapshot) scores.set(row.assessmentId, snapshot);
  }
  const missing = refs.filter((r) => !scores.has(r.id));
  for (const [id, { score }] of await scoreAssessments(missing)) scores.set(id, snapshotOf(score));
  return scores;
}
