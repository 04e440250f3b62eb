// A CSV download measured one at a time: time to the response headers and to the first body byte,
// total time, records streamed, and how far the server's resident memory rose above what it was
// just before the request.
import type { HttpSession } from "../../testing/http-session";
import { CsvRecordCounter } from "./stats-csv";
import { sampleRss, treeRssBytes } from "./stats-rss";

export type ExportRun = {
  headersMs: number;
  ttfbMs: number;
  totalMs: number;
  bytes: number;
  dataRows: number;
  rssBeforeBytes: number;
  peakRssBytes: number;
  peakRssGrowthBytes: number;
  rssSamples: number;
};

export async function measureExport(session: HttpSession, pathname: string, serverPid: number): Promise<ExportRun> {
  const rssBeforeBytes = await treeRssBytes(serverPid);
  const sampler = sampleRss(serverPid, 50);
  const counter = new CsvRecordCounter();
  const decoder = new TextDecoder();
  let bytes = 0;
  let ttfbMs = Number.NaN;
  const started = performance.now();
  try {
    const response = await session.fetch(pathname);
    const headersMs = performance.now() - started;
    const type = response.headers.get("content-type") ?? "";
    if (response.status !== 200 || !type.startsWith("text/csv") || !response.body) {
      throw new Error(`GET ${pathname}: HTTP ${response.status} ${type} ${(await response.text()).slice(0, 200)}`);
    }
    const reader = response.body.getReader();
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      if (Number.isNaN(ttfbMs)) ttfbMs = performance.now() - started;
      bytes += read.value.byteLength;
      counter.push(decoder.decode(read.value, { stream: true }));
    }
    counter.push(decoder.decode());
    const totalMs = performance.now() - started;
    if (counter.unterminatedQuote) throw new Error(`GET ${pathname}: the CSV ended inside a quoted field`);
    const { peakBytes, samples } = await sampler.stop();
    return {
      headersMs,
      ttfbMs: Number.isNaN(ttfbMs) ? totalMs : ttfbMs,
      totalMs,
      bytes,
      dataRows: counter.dataRows,
      rssBeforeBytes,
      peakRssBytes: peakBytes,
      peakRssGrowthBytes: Math.max(0, peakBytes - rssBeforeBytes),
      rssSamples: samples,
    };
  } finally {
    await sampler.stop();
  }
}
