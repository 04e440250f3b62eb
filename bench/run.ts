// npm run bench [-- --programs N] [-- --save]: load-tests the production build on the databases
// `npm run bench:seed` made, every size seeded (smallest first) or only N programs, and checks the
// budgets. Prints the tables, writes them as JSON to .data/bench-results.json (with --save, to
// docs/benchmark/latest.json too), and exits 1 when a budget is missed or anything went wrong.
//
// The app is built once. Then each size on its own database and its own fresh `next start`
// (lib/run-size.ts): exports, report PDFs, page scenarios, autosave, submit; the server and the
// database stopped before the next size. Then first-load JS per route from the build, gzip, and each
// page's p95 at a larger size against its p95 at 2,000 programs.
import { execFileSync } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { projectRoot } from "../scripts/lib/schema-engine";
import { buildIfStale } from "../scripts/lib/serve";
import { runOptions } from "./lib/bench-args";
import { evaluateBudgets, growthRows, jsBudget, sizeScope } from "./lib/budgets-rules";
import { firstLoadJs } from "./lib/bundle-sizes";
import { loadManifest, seededSizes } from "./lib/manifest";
import { formatReport, type BenchReport, type SizeFailure, type SizeResult } from "./lib/report-print";
import { cleanups as cleanupsOf } from "./lib/run-cleanup";
import { measureSize } from "./lib/run-size";

const PORT = 3300;
const RESULTS = path.join(projectRoot, ".data/bench-results.json");
/** Committed when the figures in the main README are updated: written only when asked (--save). */
const SAVED = path.join(projectRoot, "docs/benchmark/latest.json");

const say = (line: string) => console.log(line);

function gitState(): { commit: string; uncommittedChanges: boolean } {
  const git = (...args: string[]) => execFileSync("git", args, { cwd: projectRoot, encoding: "utf8" }).trim();
  try {
    return { commit: git("rev-parse", "HEAD"), uncommittedChanges: git("status", "--porcelain").length > 0 };
  } catch {
    return { commit: "unknown", uncommittedChanges: true };
  }
}

let interruptedBy: NodeJS.Signals | null = null;

async function main(): Promise<number> {
  const options = runOptions(process.argv.slice(2));
  const sizes = options.programs === null ? await seededSizes() : [options.programs];
  if (!sizes.length) throw new Error("No portfolio has been seeded. Run npm run bench:seed (2,000 programs) or npm run bench:seed -- --programs N first.");
  // Every manifest is checked before minutes go into the build and the first size.
  const manifests = await Promise.all(sizes.map(loadManifest));

  const cleanups = cleanupsOf();
  const interrupted = (signal: NodeJS.Signals) => {
    interruptedBy = signal;
    say(`${signal}: stopping the server and the database…`);
    void cleanups.run().finally(() => process.exit(130));
  };
  process.once("SIGINT", interrupted);
  process.once("SIGTERM", interrupted);

  try {
    say(`Sizes to measure: ${sizes.map(sizeScope).join(", ")}.`);
    await buildIfStale(say);
    const buildId = (await readFile(path.join(projectRoot, ".next/BUILD_ID"), "utf8")).trim();

    const measured: SizeResult[] = [];
    const failed: SizeFailure[] = [];
    for (const manifest of manifests) {
      say(`\n${sizeScope(manifest.programs)}:`);
      try {
        measured.push(await measureSize(manifest, { port: PORT, cleanups, say }));
      } catch (error) {
        if (interruptedBy) throw error;
        // The other sizes are still worth measuring; the run fails at the end.
        const message = error instanceof Error ? error.message : String(error);
        say(`${sizeScope(manifest.programs)} failed: ${message}`);
        failed.push({ programs: manifest.programs, error: message });
      }
    }

    const firstLoad = (await firstLoadJs()).map((r) => ({ ...r, budgetBytes: jsBudget(r.charts) }));
    const growth = growthRows(measured);
    const budgets = evaluateBudgets({ sizes: measured, growth, routes: firstLoad });
    const report: BenchReport = {
      generatedAt: new Date().toISOString(),
      ...gitState(),
      buildId,
      node: process.version,
      baseUrl: `http://localhost:${PORT}`,
      sizes: measured,
      failed,
      growth,
      firstLoadJs: firstLoad,
      budgets,
      pass: budgets.missed.length === 0 && failed.length === 0,
    };
    say("");
    say(formatReport(report));
    const outputs = options.save ? [RESULTS, SAVED] : [RESULTS];
    for (const file of outputs) {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
    }
    say(`\nWritten to ${outputs.map((f) => path.relative(projectRoot, f)).join(" and ")}${options.save ? "" : " (--save writes docs/benchmark/latest.json too)"}.`);
    return report.pass ? 0 : 1;
  } finally {
    await cleanups.run();
  }
}

await main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (interruptedBy) process.exit(130); // the failure is the interrupt's doing
    console.error(`Benchmark failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
