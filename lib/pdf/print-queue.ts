// How report PDFs are made without letting them take the server down: one at a time (each holds a
// Chromium page of some 120 MB), a few more waiting their turn, and anyone past that told to come back
// (429). A report already printed for the same reader and the same content is served again from a
// bounded cache; two requests for the same report at once share one printing.
import { LRUCache } from "lru-cache";
import pLimit from "p-limit";

/**
 * Reports printed at once, on one Chromium. One: on a 2-core server, six reports asked for together
 * took 12 s one at a time against 9 s two at a time, and grew the server and Chromium by some 470 MiB
 * against 580 (bench/README.md, "Memory"); a single report takes as long either way.
 */
export const PDF_CONCURRENCY = 1;
/** Reports waiting for a turn (a few seconds each); one more is answered 429. */
export const PDF_WAITING = 5;
/** What a refused request is told to wait. */
export const PDF_RETRY_AFTER_SECONDS = 10;

export class PrintQueueFull extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super("Too many reports are being printed; try again shortly.");
  }
}

export type PrintQueueOptions = {
  /** Printed at once. */
  concurrency: number;
  /** Waiting for a turn; one more is refused. */
  waiting: number;
  /** What a refused request is told to wait, in seconds. */
  retryAfterSeconds: number;
  /** The cache's size in bytes of PDF. */
  cacheBytes: number;
};

export function createPrintQueue(options: PrintQueueOptions) {
  const limit = pLimit(options.concurrency);
  const cache = new LRUCache<string, Buffer>({ maxSize: options.cacheBytes, sizeCalculation: (pdf) => Math.max(1, pdf.byteLength) });
  const printing = new Map<string, Promise<Buffer>>();
  // Counted here, not read from p-limit: its queue takes a task a tick after it is handed over.
  let accepted = 0;

  /** The PDF for `key` (the reader and the content it shows), printed by `print` unless cached or being printed. */
  function pdfFor(key: string, print: () => Promise<Buffer>): Promise<Buffer> {
    const cached = cache.get(key);
    if (cached) return Promise.resolve(cached);
    const inFlight = printing.get(key);
    if (inFlight) return inFlight;
    if (accepted >= options.concurrency + options.waiting) return Promise.reject(new PrintQueueFull(options.retryAfterSeconds));
    accepted++;
    const job = limit(print)
      .then((pdf) => {
        cache.set(key, pdf);
        return pdf;
      })
      .finally(() => {
        accepted--;
        printing.delete(key);
      });
    printing.set(key, job);
    return job;
  }

  return {
    pdfFor,
    get printingNow() {
      return limit.activeCount;
    },
    get waitingNow() {
      return accepted - limit.activeCount;
    },
  };
}
