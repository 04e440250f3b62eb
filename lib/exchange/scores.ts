// An imported document's scores against what this installation's model version computes from its
// answers. They differ only when the two installations' versions of that number differ (a model
// edited and imported under the same number elsewhere); importing then would show levels the
// answers do not give here.
import type { ScoreSnapshotData } from "../scoring/snapshot";

type Cell = { score: number | null; level: number | null };
type DocumentScores = { overall: Cell; disciplines: ({ key: string } & Cell)[] };

const same = (a: Cell, b: Cell) => a.level === b.level && (a.score === null ? b.score === null : b.score !== null && Math.abs(a.score - b.score) < 0.05);
const show = (c: Cell) => (c.level === null ? "not scored" : `level ${c.level}, score ${c.score?.toFixed(1) ?? "none"}`);

/** A message naming the first field that disagrees, or null when the file's scores are what this installation computes. */
export function scoresDisagreement(file: DocumentScores, computed: ScoreSnapshotData, modelVersion: number): string | null {
  const why = `model version ${modelVersion} here scores the file's answers differently, so the two installations' version ${modelVersion} differ`;
  const overall = { score: computed.overallScore, level: computed.overallLevel };
  if (!same(file.overall, overall)) return `scores.overall: the file says ${show(file.overall)}, but ${why} (${show(overall)})`;
  for (const [i, d] of file.disciplines.entries()) {
    const here = computed.disciplines.find((c) => c.key === d.key);
    if (!here) return `scores.disciplines[${i}].key: model version ${modelVersion} here has no discipline “${d.key}”`;
    if (!same(d, here)) return `scores.disciplines[${i}]: the file says ${show(d)} for “${d.key}”, but ${why} (${show(here)})`;
  }
  const missing = computed.disciplines.find((c) => !file.disciplines.some((d) => d.key === c.key));
  return missing ? `scores.disciplines: the file has no score for “${missing.key}”, which model version ${modelVersion} here has` : null;
}
