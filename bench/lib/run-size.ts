// One portfolio size, measured on its own: its embedded cluster started (or BENCH_DATABASE_URL),
// a fresh `next start` on it, the three accounts signed in, then the exports, the report PDFs and
// the load scenarios, and the server and the database stopped again.
import { signIn } from "../../testing/http-session";
import { openBenchCluster } from "./bench-database";
import type { BenchManifest } from "./manifest";
import type { SizeResult } from "./report-print";
import type { Cleanups } from "./run-cleanup";
import { measureExports } from "./run-exports";
import { measureReports } from "./run-reports";
import { measureScenarios } from "./run-scenarios";
import { startServer } from "./run-server";

export async function measureSize(manifest: BenchManifest, options: { port: number; cleanups: Cleanups; say: (line: string) => void }): Promise<SizeResult> {
  const { port, cleanups, say } = options;
  try {
    if (manifest.cluster !== null) {
      const db = await openBenchCluster(manifest.cluster, { fresh: false });
      cleanups.add(db.stop);
      say(`Embedded PostgreSQL .data/${manifest.cluster} is running.`);
    }
    say(`Starting next start on port ${port}…`);
    const server = await startServer({ port, databaseUrl: manifest.databaseUrl, say });
    cleanups.add(server.stop);

    const sessions = {
      council: await signIn(server.url, manifest.accounts.council, manifest.password, { totpSecret: manifest.councilTotpSecret }),
      cco: await signIn(server.url, manifest.accounts.cco, manifest.password),
      lead: await signIn(server.url, manifest.accounts.lead, manifest.password),
    };
    say("Signed in as council, cco and lead. Scenarios:");
    // Exports first, on a fresh server: after the load scenarios its heap holds hundreds of MiB of
    // freed memory that an export could reuse without its resident size growing, hiding its cost.
    const exports = await measureExports(manifest, sessions.council, server.pid, say);
    const reports = await measureReports(manifest.databaseUrl, sessions.council, server.pid, say);
    const scenarios = await measureScenarios(manifest, sessions, say);
    return { programs: manifest.programs, database: manifest.cluster === null ? "BENCH_DATABASE_URL" : `.data/${manifest.cluster}`, scenarios, exports, reports };
  } finally {
    // Before the next size: its cluster listens on the same port.
    await cleanups.run();
  }
}
