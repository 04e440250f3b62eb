// The bench manifest: what `npm run bench:seed` tells the benchmark runner about the bench database
// (where it is, who signs in, and which rows each scenario works on). Written to .data/ (git-ignored)
// beside the clusters, and checked when read.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { projectRoot } from "../../scripts/lib/schema-engine";

export const manifestPath = path.join(projectRoot, ".data/bench-manifest.json");

const manifestSchema = z.object({
  databaseUrl: z.string().regex(/^postgres(ql)?:\/\//, "databaseUrl must be a postgresql:// URL"),
  password: z.string().min(1),
  /** The council account's authenticator-app key: its role signs in with a second factor. */
  councilTotpSecret: z.string({ error: "The manifest has no councilTotpSecret: run npm run bench:seed again" }).min(16),
  accounts: z.object({ council: z.string().min(1), cco: z.string().min(1), lead: z.string().min(1) }).loose(),
  ccoAgencyId: z.uuid(),
  progressProgramId: z.uuid(),
  resultsAssessmentId: z.uuid(),
  portfolioFilter: z.string().min(1),
  rawAnswersCycle: z.string().min(1),
  autosave: z.array(z.object({ assessmentId: z.uuid(), practiceId: z.uuid() })).min(1),
  submit: z.array(z.uuid()).min(1),
});

export type BenchManifest = z.infer<typeof manifestSchema>;

export async function writeManifest(manifest: BenchManifest): Promise<string> {
  await mkdir(path.dirname(manifestPath), { recursive: true });
  await writeFile(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  return manifestPath;
}

export async function loadManifest(file = manifestPath): Promise<BenchManifest> {
  const text = await readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") throw new Error(`No ${path.relative(projectRoot, file)}. Run npm run bench:seed first.`);
    throw error;
  });
  const parsed = manifestSchema.safeParse(JSON.parse(text));
  if (!parsed.success) {
    throw new Error(`${path.relative(projectRoot, file)} is not a bench manifest (${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}). Run npm run bench:seed again.`);
  }
  return parsed.data;
}
