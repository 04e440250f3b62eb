// The bench manifests: what `npm run bench:seed` tells the benchmark runner about the database of
// each portfolio size (where it is, who signs in, and which rows each scenario works on), one file
// per size in .data/bench-manifests/ (git-ignored), e.g. 2000.json and 20000.json. Checked when read.
import { mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { projectRoot } from "../../scripts/lib/schema-engine";
import { sameDatabase } from "./bench-database";

export const manifestsDir = path.join(projectRoot, ".data/bench-manifests");
export const manifestPath = (programs: number) => path.join(manifestsDir, `${programs}.json`);
const seedAgain = (programs: number) => `npm run bench:seed -- --programs ${programs}`;

const manifestSchema = z.object({
  programs: z.number().int().positive(),
  /** The embedded cluster's folder under .data/ (started by the runner), or null for BENCH_DATABASE_URL. */
  cluster: z.string().min(1).nullable(),
  databaseUrl: z.string().regex(/^postgres(ql)?:\/\//, "databaseUrl must be a postgresql:// URL"),
  password: z.string().min(1),
  /** The council account's authenticator-app key: its role signs in with a second factor. */
  councilTotpSecret: z.string().min(16),
  accounts: z.object({ council: z.string().min(1), cco: z.string().min(1), lead: z.string().min(1) }).loose(),
  ccoAgencyId: z.uuid(),
  progressProgramId: z.uuid(),
  resultsAssessmentId: z.uuid(),
  portfolioFilter: z.string().min(1),
  rawAnswersCycle: z.string().min(1),
  /** The answers the seed wrote in that cycle: its raw-answers export must hold at least these rows. */
  rawAnswersRows: z.number().int().positive(),
  autosave: z.array(z.object({ assessmentId: z.uuid(), practiceId: z.uuid() })).min(1),
  submit: z.array(z.uuid()).min(1),
});

export type BenchManifest = z.infer<typeof manifestSchema>;

async function readManifest(file: string): Promise<BenchManifest | null> {
  const parsed = manifestSchema.safeParse(JSON.parse(await readFile(file, "utf8")));
  return parsed.success ? parsed.data : null;
}

/** The sizes seeded so far, smallest first. */
export async function seededSizes(): Promise<number[]> {
  const files = await readdir(manifestsDir).catch(() => []);
  return files.flatMap((f) => /^(\d+)\.json$/.exec(f)?.[1] ?? []).map(Number).sort((a, b) => a - b);
}

/**
 * Removes the manifests whose data a seed of this size is about to replace, before it empties the
 * database, so a seed that fails half-way leaves no manifest pointing at rows that are gone: this
 * size's, and with BENCH_DATABASE_URL, which holds one size at a time, any other size seeded there.
 */
export async function forgetManifests(programs: number, benchDatabaseUrl: string | undefined): Promise<void> {
  const inExternal = async (file: string, url: string) => {
    const manifest = await readManifest(file).catch(() => null);
    return manifest?.cluster === null && sameDatabase(manifest.databaseUrl, url);
  };
  for (const size of await seededSizes()) {
    const file = manifestPath(size);
    if (size === programs || (benchDatabaseUrl && (await inExternal(file, benchDatabaseUrl)))) await rm(file, { force: true });
  }
}

export async function writeManifest(manifest: BenchManifest): Promise<string> {
  await mkdir(manifestsDir, { recursive: true });
  const file = manifestPath(manifest.programs);
  await writeFile(file, `${JSON.stringify(manifest, null, 2)}\n`);
  return file;
}

export async function loadManifest(programs: number): Promise<BenchManifest> {
  const file = manifestPath(programs);
  const name = path.relative(projectRoot, file);
  const text = await readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") throw new Error(`No ${name}: ${programs.toLocaleString("en-US")} programs have not been seeded. Run ${seedAgain(programs)} first.`);
    throw error;
  });
  const parsed = manifestSchema.safeParse(JSON.parse(text));
  if (!parsed.success) {
    throw new Error(`${name} is not a bench manifest (${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}). Run ${seedAgain(programs)} again.`);
  }
  if (parsed.data.programs !== programs) throw new Error(`${name} describes ${parsed.data.programs} programs. Run ${seedAgain(programs)} again.`);
  return parsed.data;
}
