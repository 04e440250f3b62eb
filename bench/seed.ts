// npm run bench:seed [-- --programs N]: a database of its own (the embedded cluster of that size, or
// BENCH_DATABASE_URL), created afresh with the default model and toolkit and a synthetic federal
// portfolio of N programs (2,000 unless told) over ten cycles, plus .data/bench-manifests/N.json for
// the benchmark runner.
import pg from "pg";
import { generateSecret } from "otplib";
import { hashPassword } from "../lib/auth/password";
import { seedDefaultModel } from "../prisma/seed/model";
import { parseScoringRule } from "../lib/model/model-schema";
import { seedToolkit } from "../prisma/seed/toolkit";
import { applyMigrations } from "../scripts/lib/migrations";
import { createPrismaClient } from "../scripts/lib/prisma";
import { seedOptions } from "./lib/bench-args";
import { openBenchDatabase } from "./lib/bench-database";
import { PARALLEL } from "./lib/load-answers";
import type { BenchAccounts, ModelShape } from "./lib/load-context";
import { loadPortfolio } from "./lib/load-portfolio";
import { forgetManifests, writeManifest } from "./lib/manifest";
import { BENCH_SEED, OPEN_CYCLE_INDEX, planPortfolio, targetsFor } from "./lib/synthetic-portfolio";

const PASSWORD = "bench-password";
const accounts: BenchAccounts = {
  council: "council@bench.example.gov",
  cco: "cco@bench.example.gov",
  lead: "lead@bench.example.gov",
  admin: "admin@bench.example.gov",
};

const started = performance.now();
const elapsed = () => ((performance.now() - started) / 1000).toFixed(1);
const log = (line: string) => console.log(`[${elapsed().padStart(6)}s] ${line}`);

async function readModel(url: string) {
  const prisma = createPrismaClient(url);
  try {
    await seedDefaultModel(prisma);
    await seedToolkit(prisma);
    const model = await prisma.maturityModel.findFirstOrThrow({
      where: { isCurrent: true },
      select: {
        id: true,
        scoringRule: true,
        disciplines: { orderBy: { position: "asc" }, select: { key: true, practices: { orderBy: { position: "asc" }, select: { id: true, key: true } } } },
      },
    });
    const mapped = await prisma.resourceDiscipline.findMany({
      where: { resource: { retiredAt: null } },
      orderBy: [{ resource: { position: "asc" } }],
      select: { resourceId: true, disciplineKey: true },
    });
    const resourcesByDiscipline = new Map<string, string[]>();
    for (const m of mapped) resourcesByDiscipline.set(m.disciplineKey, [...(resourcesByDiscipline.get(m.disciplineKey) ?? []), m.resourceId]);
    const { scoringRule, ...shape } = model;
    return { model: { ...shape, rule: parseScoringRule(scoringRule) } satisfies ModelShape, resourcesByDiscipline };
  } finally {
    await prisma.$disconnect();
  }
}

async function countRows(pool: pg.Pool): Promise<[string, number][]> {
  const tables = await pool.query<{ name: string }>(
    "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename",
  );
  const counts: [string, number][] = [];
  for (const { name } of tables.rows) {
    const { rows } = await pool.query<{ n: string }>(`SELECT count(*) AS n FROM "${name}"`);
    counts.push([name, Number(rows[0]!.n)]);
  }
  return counts;
}

/** What the database must hold for the benchmarks to mean anything; a mismatch fails the run. */
async function check(pool: pg.Pool, expected: { programs: number; answers: number }) {
  const one = async (sql: string) => Number((await pool.query<{ n: string }>(sql)).rows[0]!.n);
  const standing = await one(`SELECT count(*) AS n FROM "Program" WHERE "latestAssessmentId" IS NOT NULL AND "baselineAssessmentId" IS NOT NULL`);
  const answers = await one(`SELECT count(*) AS n FROM "Answer"`);
  const scored = await one(`SELECT count(*) AS n FROM "Assessment" WHERE "status" IN ('SUBMITTED', 'ACCEPTED')`);
  const snapshots = await one(`SELECT count(*) AS n FROM "ScoreSnapshot"`);
  const accepted = await one(`SELECT count(*) AS n FROM "Assessment" a JOIN "ScoreSnapshot" s ON s."assessmentId" = a."id" WHERE a."status" = 'ACCEPTED'`);
  const tallied = await one(`SELECT count(*) AS n FROM "TalliedAssessment"`);
  const problems = [
    standing !== expected.programs && `${standing} of ${expected.programs} programs have a baseline and a latest accepted assessment`,
    answers !== expected.answers && `${answers} answers instead of ${expected.answers}`,
    snapshots !== scored && `${snapshots} score snapshots for ${scored} submitted or accepted assessments`,
    tallied !== accepted && `${tallied} assessments in the portfolio's tallies for ${accepted} accepted and scored`,
  ].filter(Boolean);
  if (problems.length) throw new Error(`The bench database is not as planned: ${problems.join("; ")}.`);
  log(`Checked: ${standing} programs with a latest accepted assessment, ${answers} answers, ${snapshots} snapshots.`);
}

let exitCode = 0;
let db: Awaited<ReturnType<typeof openBenchDatabase>> | undefined;
let pool: pg.Pool | undefined;
try {
  const { programs } = seedOptions(process.argv.slice(2));
  await forgetManifests(programs, process.env.BENCH_DATABASE_URL);
  db = await openBenchDatabase(programs);
  log(`Bench database for ${programs.toLocaleString("en-US")} programs: ${db.cluster ? `embedded cluster .data/${db.cluster} (emptied)` : "BENCH_DATABASE_URL (emptied)"}.`);
  const applied = await applyMigrations(db.url);
  log(`Migrations applied: ${applied.length}.`);
  const { model, resourcesByDiscipline } = await readModel(db.url);
  const practices = model.disciplines.flatMap((d) => d.practices);
  log(`Default model (${model.disciplines.length} disciplines, ${practices.length} practices) and toolkit seeded.`);

  const plan = planPortfolio(BENCH_SEED, programs);
  // One hash for every account: bcrypt at cost 12 takes a quarter second each.
  const passwordHash = await hashPassword(PASSWORD);
  pool = new pg.Pool({ connectionString: db.url, max: PARALLEL });
  const loaded = await loadPortfolio(pool, plan, { seed: BENCH_SEED, model, resourcesByDiscipline, passwordHash, accounts, log });
  await check(pool, { programs: plan.programs.length, answers: plan.assessments.length * practices.length });
  // As autovacuum would long since have done in a live database: otherwise it vacuums and analyses
  // what the seed wrote during the benchmark's first minutes, beside the requests measured then.
  await pool.query("VACUUM (ANALYZE)");
  log("Vacuumed and analysed.");
  // The council signs in as its role does, with a second factor: an authenticator app's key.
  const councilTotpSecret = generateSecret();
  await pool.query(`INSERT INTO "SecondFactor" ("id", "userId", "kind", "label", "totpSecret") SELECT gen_random_uuid(), "id", 'TOTP', 'Bench app', $1 FROM "User" WHERE "email" = $2`, [councilTotpSecret, accounts.council]);

  const open = loaded.assessmentIds[OPEN_CYCLE_INDEX]!;
  const lastClosed = plan.cycles[OPEN_CYCLE_INDEX - 1]!;
  const inCcoAgency = plan.programs.filter((p) => p.agencyIndex === 0);
  const withTargets = [...inCcoAgency, ...plan.programs].find((p) => targetsFor(BENCH_SEED, p.index, model.disciplines.length).length > 0);
  if (!withTargets) throw new Error("No program has targets: the results benchmark needs one.");
  const path = await writeManifest({
    programs,
    cluster: db.cluster,
    databaseUrl: db.url,
    password: PASSWORD,
    councilTotpSecret,
    accounts,
    ccoAgencyId: loaded.agencyIds[0]!,
    progressProgramId: loaded.programIds[inCcoAgency[0]!.index]!,
    resultsAssessmentId: loaded.assessmentIds[lastClosed.index]![withTargets.index]!,
    portfolioFilter: `agency=${loaded.agencyIds[1]}&cycle=${lastClosed.name}`,
    rawAnswersCycle: lastClosed.name,
    // Every program has an accepted assessment in a closed cycle, with every practice answered.
    rawAnswersRows: plan.programs.length * practices.length,
    autosave: plan.programs
      .filter((p) => p.lead === "autosave")
      .map((p, k) => ({ assessmentId: open[p.index]!, practiceId: practices[k % practices.length]!.id })),
    submit: plan.programs.filter((p) => p.lead === "submit").map((p) => open[p.index]!),
  });
  log(`Manifest: ${path}.`);

  const counts = await countRows(pool);
  const width = Math.max(...counts.map(([name]) => name.length));
  console.log(`\nBench database ready in ${elapsed()} s. Rows per table:`);
  for (const [name, n] of counts) console.log(`  ${name.padEnd(width)} ${n.toLocaleString("en-US").padStart(10)}`);
  console.log(`  ${"total".padEnd(width)} ${counts.reduce((sum, [, n]) => sum + n, 0).toLocaleString("en-US").padStart(10)}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  exitCode = 1;
} finally {
  await pool?.end();
  await db?.stop();
}
// pg's idle pools would keep Node alive for seconds.
process.exit(exitCode);
