// Report PDFs asked for all at once (the case that used to start one Chromium each): every one must
// arrive; measured are the time until the last one did and how far the memory of the server and
// everything it started (Chromium) rose, as PSS (stats-rss.ts says why). Then the same reports
// again, which the cache answers.
import type { HttpSession } from "../../testing/http-session";
import { sampleRss, treePssBytes } from "./stats-rss";

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

export async function measureReports(session: HttpSession, paths: readonly string[], serverPid: number): Promise<ReportsResult> {
  const before = await treePssBytes(serverPid);
  const sampler = sampleRss(serverPid, 100, treePssBytes);
  const totalMs = await fetchAll(session, paths);
  const { peakBytes } = await sampler.stop();
  const againMs = await fetchAll(session, paths);
  return { name: "report PDFs at once", n: paths.length, totalMs, againMs, peakPssGrowthBytes: Math.max(0, peakBytes - before) };
}
