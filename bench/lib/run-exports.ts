// The exports, one download at a time: time to the response headers and to the first body byte,
// total time, bytes and (for a CSV) records streamed, and how far the server's resident memory rose
// above what it was just before the request.
import type { HttpSession } from "../../testing/http-session";
import type { BenchManifest } from "./manifest";
import type { ExportResult } from "./report-print";
import { expectStatus } from "./run-load";
import { CsvRecordCounter } from "../../lib/exports/csv-records";
import { sampleRss, treeRssBytes } from "./stats-rss";
import { DEFAULT_PROGRAM_COUNT } from "./synthetic-portfolio";

export type ExportRun = {
  headersMs: number;
  ttfbMs: number;
  totalMs: number;
  bytes: number;
  /** CSV records after the header; null for a workbook. */
  dataRows: number | null;
  rssBeforeBytes: number;
  peakRssBytes: number;
  peakRssGrowthBytes: number;
  rssSamples: number;
};

type Format = ExportResult["format"];

const CONTENT_TYPES: Record<Format, string> = {
  csv: "text/csv",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};
/** An XLSX file is a ZIP archive, whose first bytes are "PK". */
const ZIP_SIGNATURE = "PK";

/** Runs of each export, one at a time. */
const RUNS = 3;
/** An agency no program belongs to: the warm-up downloads load the route's code and send no rows. */
const NO_AGENCY = "00000000-0000-0000-0000-000000000000";

export async function measureExport(session: HttpSession, pathname: string, format: Format, serverPid: number): Promise<ExportRun> {
  const rssBeforeBytes = await treeRssBytes(serverPid);
  const sampler = sampleRss(serverPid, 50);
  const counter = new CsvRecordCounter();
  const decoder = new TextDecoder();
  let head = "";
  let bytes = 0;
  let ttfbMs = Number.NaN;
  const started = performance.now();
  try {
    const response = await session.fetch(pathname);
    const headersMs = performance.now() - started;
    const type = response.headers.get("content-type") ?? "";
    if (response.status !== 200 || !type.startsWith(CONTENT_TYPES[format]) || !response.body) {
      throw new Error(`GET ${pathname}: HTTP ${response.status} ${type} ${(await response.text()).slice(0, 200)}`);
    }
    const reader = response.body.getReader();
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      if (Number.isNaN(ttfbMs)) ttfbMs = performance.now() - started;
      bytes += read.value.byteLength;
      if (format === "csv") counter.push(decoder.decode(read.value, { stream: true }));
      else if (head.length < ZIP_SIGNATURE.length) head += Buffer.from(read.value.subarray(0, ZIP_SIGNATURE.length - head.length)).toString("latin1");
    }
    const totalMs = performance.now() - started;
    if (format === "csv") {
      counter.push(decoder.decode());
      if (counter.unterminatedQuote) throw new Error(`GET ${pathname}: the CSV ended inside a quoted field`);
    } else if (head !== ZIP_SIGNATURE) {
      throw new Error(`GET ${pathname}: the workbook does not start with the ZIP signature "PK"`);
    }
    const { peakBytes, samples } = await sampler.stop();
    return {
      headersMs,
      ttfbMs: Number.isNaN(ttfbMs) ? totalMs : ttfbMs,
      totalMs,
      bytes,
      dataRows: format === "csv" ? counter.dataRows : null,
      rssBeforeBytes,
      peakRssBytes: peakBytes,
      peakRssGrowthBytes: Math.max(0, peakBytes - rssBeforeBytes),
      rssSamples: samples,
    };
  } finally {
    await sampler.stop();
  }
}

/** The portfolio CSV and a whole closed cycle's raw answers, as CSV and as XLSX, each after an empty download. */
export async function measureExports(manifest: BenchManifest, council: HttpSession, serverPid: number, say: (line: string) => void): Promise<ExportResult[]> {
  const cycle = encodeURIComponent(manifest.rawAnswersCycle);
  const exports = [
    { name: "portfolio CSV", kind: "portfolio", format: "csv", file: "portfolio.csv", query: "", runs: RUNS },
    { name: "raw answers CSV", kind: "raw-answers", format: "csv", file: "answers.csv", query: `?cycle=${cycle}`, runs: RUNS },
    // A workbook of a larger portfolio's cycle takes long to write (85 s for 920,000 rows at 20,000
    // programs, against 8 s at 2,000): one run says enough.
    { name: "raw answers XLSX", kind: "raw-answers", format: "xlsx", file: "answers.xlsx", query: `?cycle=${cycle}`, runs: manifest.programs > DEFAULT_PROGRAM_COUNT ? 1 : RUNS },
  ] as const;
  const results: ExportResult[] = [];
  for (const e of exports) {
    const pathname = `/portfolio/export/${e.file}${e.query}`;
    say(`  ${e.name}: GET ${pathname} as council, ${e.runs} run${e.runs === 1 ? "" : "s"} one at a time`);
    // Loads the route's code with an empty download, so the runs measure the export, not a cold start.
    const warm = `/portfolio/export/${e.file}?agency=${NO_AGENCY}`;
    await expectStatus(await council.fetch(warm), [200], `GET ${warm}`);
    const runs: ExportRun[] = [];
    for (let i = 0; i < e.runs; i++) runs.push(await measureExport(council, pathname, e.format, serverPid));
    const rows = runs.map((r) => r.dataRows);
    if (new Set(rows).size !== 1) throw new Error(`${e.name}: the runs streamed different numbers of rows (${rows.join(", ")})`);
    const dataRows = runs[0]!.dataRows;
    if (e.kind === "raw-answers" && dataRows !== null && dataRows < manifest.rawAnswersRows) {
      throw new Error(`${e.name}: ${dataRows} rows, expected at least the ${manifest.rawAnswersRows} answers of ${manifest.rawAnswersCycle}`);
    }
    const totals = runs.map((r) => r.totalMs).sort((a, b) => a - b);
    results.push({
      name: e.name,
      kind: e.kind,
      format: e.format,
      path: pathname,
      runs,
      ttfbMs: Math.max(...runs.map((r) => r.ttfbMs)),
      totalMs: totals[Math.floor(totals.length / 2)]!,
      dataRows,
      bytes: runs[0]!.bytes,
      peakRssGrowthBytes: Math.max(...runs.map((r) => r.peakRssGrowthBytes)),
    });
  }
  return results;
}
