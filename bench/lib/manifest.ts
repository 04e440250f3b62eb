// What the benchmark runner needs to know about the bench database: where it is, who signs in,
// and which rows each benchmark works on. Written to .data/ (git-ignored) beside the clusters.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { projectRoot } from "../../scripts/lib/schema-engine";

export type BenchManifest = {
  databaseUrl: string;
  password: string;
  accounts: { council: string; cco: string; lead: string; admin: string };
  ccoAgencyId: string;
  progressProgramId: string;
  resultsAssessmentId: string;
  portfolioFilter: string;
  rawAnswersCycle: string;
  autosave: { assessmentId: string; practiceId: string }[];
  submit: string[];
};

export const manifestPath = path.join(projectRoot, ".data", "bench-manifest.json");

export async function writeManifest(manifest: BenchManifest): Promise<string> {
  await mkdir(path.dirname(manifestPath), { recursive: true });
  await writeFile(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  return manifestPath;
}
