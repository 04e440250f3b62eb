// Runs one scenario: a warm-up, then the measured requests, each at a fixed concurrency (async
// workers taking request numbers from a shared counter). A request that fails stops the scenario.
import { summarize, type LatencySummary } from "./stats-latency";

export type Phase = "warmup" | "measure";

/** One request: does it, reads the whole response, throws if the answer is not the expected one. */
export type RequestFn = (ctx: { index: number; worker: number; phase: Phase }) => Promise<void>;

export type LoadOptions = { warmup: number; requests: number; concurrency: number };

export const DEFAULT_LOAD: LoadOptions = { warmup: 20, requests: 300, concurrency: 16 };

async function batch(count: number, concurrency: number, phase: Phase, request: RequestFn): Promise<{ latenciesMs: number[]; durationMs: number }> {
  const latenciesMs: number[] = [];
  const errors: string[] = [];
  let next = 0;
  const worker = async (id: number) => {
    while (errors.length === 0) {
      const index = next++;
      if (index >= count) return;
      const started = performance.now();
      try {
        await request({ index, worker: id, phase });
      } catch (error) {
        errors.push(`request ${index} (${phase}): ${error instanceof Error ? error.message : String(error)}`);
        return;
      }
      latenciesMs.push(performance.now() - started);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: Math.min(concurrency, Math.max(count, 1)) }, (_, id) => worker(id)));
  const durationMs = performance.now() - started;
  if (errors.length) throw new Error(errors.slice(0, 3).join("\n"));
  return { latenciesMs, durationMs };
}

export async function runLoad(options: LoadOptions, request: RequestFn): Promise<LatencySummary> {
  if (options.warmup > 0) await batch(options.warmup, options.concurrency, "warmup", request);
  const measured = await batch(options.requests, options.concurrency, "measure", request);
  return summarize(measured.latenciesMs, measured.durationMs);
}

/** Throws unless the status is one of those expected; the message carries the start of the body. */
export async function expectStatus(response: Response, expected: readonly number[], what: string): Promise<string> {
  const body = await response.text();
  if (!expected.includes(response.status)) {
    const location = response.headers.get("location");
    throw new Error(`${what}: HTTP ${response.status}${location ? ` → ${location}` : ""} (expected ${expected.join("/")}): ${body.slice(0, 200).replace(/\s+/g, " ")}`);
  }
  return body;
}
