// Report PDFs asked for all at once (the case that used to start one Chromium each): every one must
// arrive; measured are the time until the last one did and how far the memory of the server and
// everything it started (Chromium) rose, as PSS (stats-rss.ts says why). Then the same reports
// again, which the cache answers.
import type { HttpSession } from "../../testing/http-session";
import { acceptedAssessmentIds, connect } from "./run-db";
import { sampleRss, treePssBytes } from "./stats-rss";

/** As many reports as the server prints at once and lets wait (lib/pdf/render-report.ts): none is refused. */
const REPORTS_AT_ONCE = 6;

export type ReportsResult = {
  name: string;
  /** Reports asked for at once. */
  n: number;
  /** Until the last of them arrived. */
  totalMs: number;
  /** The same reports again, all at once, once printed. */
  againMs: number;
  peakPssGrowthBytes: number;
};

async function fetchAll(session: HttpSession, paths: readonly string[]): Promise<number> {
  const started = performance.now();
  await Promise.all(
    paths.map(async (path) => {
      const response = await session.fetch(path);
      const body = Buffer.from(await response.arrayBuffer());
      if (response.status !== 200 || response.headers.get("content-type") !== "application/pdf" || body.subarray(0, 5).toString() !== "%PDF-") {
        throw new Error(`GET ${path}: HTTP ${response.status} ${response.headers.get("content-type")} ${body.subarray(0, 200).toString()}`);
      }
    }),
  );
  return performance.now() - started;
}

/** The results reports of the first accepted assessments, asked for all at once as the session. */
export async function measureReports(databaseUrl: string, session: HttpSession, serverPid: number, say: (line: string) => void): Promise<ReportsResult> {
  const client = await connect(databaseUrl);
  const ids = await acceptedAssessmentIds(client, REPORTS_AT_ONCE).finally(() => client.end());
  say(`  report PDFs: ${REPORTS_AT_ONCE} at once as council, then the same again`);
  const paths = ids.map((id) => `/assessments/${id}/report.pdf`);
  const before = await treePssBytes(serverPid);
  const sampler = sampleRss(serverPid, 100, treePssBytes);
  const totalMs = await fetchAll(session, paths);
  const { peakBytes } = await sampler.stop();
  const againMs = await fetchAll(session, paths);
  return { name: "report PDFs at once", n: paths.length, totalMs, againMs, peakPssGrowthBytes: Math.max(0, peakBytes - before) };
}
