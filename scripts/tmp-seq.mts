import { openDatabase } from "./lib/database";
import { benchDatabase } from "./lib/app-database";
import { startServer } from "./lib/bench/run-server";
import { signIn } from "./lib/bench/load-http";
import { loadManifest } from "./lib/bench/load-manifest";
import { buildIfStale } from "./lib/serve";
delete process.env.DATABASE_URL;
await buildIfStale(console.log);
const db = await openDatabase(benchDatabase);
const m = await loadManifest();
const server = await startServer({ port: 3300, databaseUrl: db.url, say: () => {} });
try {
  const council = await signIn(server.url, m.accounts.council, m.password);
  const paths = ["/account", "/portfolio", "/portfolio?" + m.portfolioFilter, `/assessments/${m.resultsAssessmentId}/results`];
  for (const round of [1, 2]) {
    for (const p of paths) {
      const times: number[] = [];
      for (let i = 0; i < 40; i++) {
        const t = performance.now();
        const r = await council.fetch(p);
        await r.arrayBuffer();
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      console.log(round, p.slice(0, 40).padEnd(40), "median", times[20].toFixed(1), "min", times[0].toFixed(1));
    }
  }
} finally {
  await server.stop();
  await db.stop();
}
process.exit(0);
