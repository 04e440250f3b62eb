import "server-only";
import { createHash } from "node:crypto";
import { chromium, type Browser } from "playwright-core";
import { chromiumArgs, chromiumExecutable } from "@/lib/chromium";
import { createPrintQueue, PDF_CONCURRENCY, PDF_RETRY_AFTER_SECONDS, PDF_WAITING, PrintQueueFull } from "./print-queue";

// One queue and one cache for the process; 64 MiB of PDFs is some hundreds of reports.
const queue = createPrintQueue({ concurrency: PDF_CONCURRENCY, waiting: PDF_WAITING, retryAfterSeconds: PDF_RETRY_AFTER_SECONDS, cacheBytes: 64 * 1024 * 1024 });

// One browser for the process, started with the first report and again if it ever goes away.
let browser: Promise<Browser> | undefined;
function sharedBrowser(): Promise<Browser> {
  browser ??= chromium.launch({ executablePath: chromiumExecutable(), args: chromiumArgs }).then(
    (started) => {
      started.on("disconnected", () => (browser = undefined));
      return started;
    },
    (error: unknown) => {
      browser = undefined;
      throw error;
    },
  );
  return browser;
}

// The page's links prefetch the pages they lead to once it is shown (the header's alone are six):
// a printed page follows none, and each would be rendered by this server while it prints.
const isPrefetch = (url: URL) => url.searchParams.has("_rsc");

/** Maps and sets as their entries: the content's fingerprint must change whenever what it holds does. */
const fingerprint = (value: unknown) =>
  createHash("sha256")
    .update(JSON.stringify(value, (_key, v: unknown) => (v instanceof Map ? [...v.entries()] : v instanceof Set ? [...v] : v)))
    .digest("base64url");

/**
 * Prints a page of this app to a tagged (accessible) PDF with Chromium, as the signed-in user:
 * the user's session cookies go with the request, so the page applies the same access rules.
 * `content` is the data the page renders (read by the caller through the data-access layer): the
 * same reader, page and content give the PDF printed before, until that content changes.
 * Throws PrintQueueFull when too many reports are being printed.
 */
async function renderPdf(path: string, cookies: { name: string; value: string }[], reader: { userId: string }, content: unknown): Promise<Buffer> {
  const key = `${reader.userId}|${path}|${fingerprint(content)}`;
  return queue.pdfFor(key, async () => {
    const origin = process.env.INTERNAL_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;
    const context = await (await sharedBrowser()).newContext();
    try {
      await context.addCookies(cookies.map((c) => ({ name: c.name, value: c.value, url: origin })));
      await context.route(isPrefetch, (route) => route.abort());
      const page = await context.newPage();
      const response = await page.goto(`${origin}${path}`, { waitUntil: "networkidle" });
      if (!response?.ok()) throw new Error(`The report page answered ${response?.status()}`);
      await page.emulateMedia({ media: "print" });
      return await page.pdf({ format: "Letter", tagged: true, outline: true, printBackground: true, margin: { top: "0.6in", bottom: "0.6in", left: "0.6in", right: "0.6in" } });
    } finally {
      await context.close();
    }
  });
}

/** The PDF as a download with these headers, or 429 with Retry-After when too many are being printed. */
export async function pdfResponse(path: string, cookies: { name: string; value: string }[], reader: { userId: string }, content: unknown, headers: Record<string, string>): Promise<Response> {
  try {
    return new Response(new Uint8Array(await renderPdf(path, cookies, reader, content)), { headers });
  } catch (error) {
    if (!(error instanceof PrintQueueFull)) throw error;
    return new Response(`${error.message} Reports are printed a few at a time: ask again in ${error.retryAfterSeconds} seconds.`, {
      status: 429,
      headers: { "Retry-After": String(error.retryAfterSeconds), "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
}
