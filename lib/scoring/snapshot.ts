// What is stored of an assessment's score when it is submitted: enough for dashboards (overall and
// per-discipline score and level), not the per-practice detail the results page rescores.
import { isLevel, type LevelRank } from "./rules";
import type { AssessmentScore } from "./score";

export type DisciplineCell = { key: string; score: number | null; level: LevelRank | null };
export type ScoreSnapshotData = { overallScore: number | null; overallLevel: LevelRank | null; disciplines: DisciplineCell[] };

export function snapshotOf(score: AssessmentScore): ScoreSnapshotData {
  return {
    overallScore: score.score,
    overallLevel: score.level,
    disciplines: score.disciplines.map((d) => ({ key: d.key, score: d.score, level: d.level })),
  };
}

/** Reads a stored snapshot back; anything malformed is treated as absent, so the caller rescores. */
export function parseSnapshot(row: { overallScore: number | null; overallLevel: number | null; disciplines: unknown }): ScoreSnapshotData | null {
  if (!Array.isArray(row.disciplines)) return null;
  const disciplines: DisciplineCell[] = [];
  for (const d of row.disciplines as unknown[]) {
    if (typeof d !== "object" || d === null) return null;
    const { key, score, level } = d as Record<string, unknown>;
    if (typeof key !== "string" || !(score === null || typeof score === "number") || !(level === null || isLevel(level))) return null;
    disciplines.push({ key, score, level });
  }
  const overallLevel = row.overallLevel === null ? null : isLevel(row.overallLevel) ? row.overallLevel : undefined;
  if (overallLevel === undefined) return null;
  return { overallScore: row.overallScore, overallLevel, disciplines };
}
