// Whether the database answers, as this server process last saw it. proxy.ts reads it to answer 503
// before anything renders; the app writes it when a query fails. Next.js runs proxy.ts in the same
// Node.js process but from a bundle of its own, so the state lives on globalThis, not in this module,
// and the probe (`SELECT 1` through the app's Prisma client) is handed over by lib/db/client.ts rather
// than imported: the proxy bundle stays free of Prisma.

/** While the database is down, one request re-probes it at most this often; the others get 503 at once. */
export const RECHECK_INTERVAL_MS = 2_000;
/** A probe that takes longer than this counts as a failure (a firewalled server never refuses). */
export const PROBE_TIMEOUT_MS = 2_000;

type Availability = {
  /** Tells whether proxy.ts and the render share this state (see retry.ts). */
  id: string;
  down: boolean;
  checkedAt: number;
  /** The outage is in the server log already. */
  reported?: boolean;
  probe?: () => Promise<unknown>;
  probing?: Promise<boolean>;
};

const KEY = Symbol.for("cx-maturity.database-availability");

function availability(): Availability {
  const store = globalThis as unknown as Record<symbol, Availability | undefined>;
  return (store[KEY] ??= { id: crypto.randomUUID(), down: false, checkedAt: 0 });
}

/** Which state this process holds: proxy.ts passes it on with each request. */
export function availabilityId(): string {
  return availability().id;
}

export function registerProbe(probe: () => Promise<unknown>): void {
  availability().probe = probe;
}

/** A connection broke (the pool lost its idle connections): the next gated request probes first. */
export function suspectDatabase(): void {
  const state = availability();
  state.down = true;
  state.checkedAt = 0;
}

function withTimeout(promise: Promise<unknown>, ms: number): Promise<unknown> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

// Operators read the cause in the server log, once per outage; browsers never see it.
function record(state: Availability, answered: boolean, error?: unknown) {
  if (!answered && !state.reported) {
    const cause = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, " ").trim();
    console.error(`Database unreachable, answering 503 until it is back: ${cause}`);
  }
  if (answered && state.reported) console.info("Database reachable again.");
  state.reported = !answered;
  state.down = !answered;
  state.checkedAt = Date.now();
}

/** Probes now and records the answer (concurrent callers share one probe): true when the database answered in time. */
export function probeDatabase(): Promise<boolean> {
  const state = availability();
  const probe = state.probe;
  // No client yet means no query has run, so nothing has failed either.
  if (!probe) return Promise.resolve(!state.down);
  state.probing ??= withTimeout(Promise.resolve().then(probe), PROBE_TIMEOUT_MS)
    .then(
      () => record(state, true),
      (error: unknown) => record(state, false, error),
    )
    .then(() => {
      state.probing = undefined;
      return !state.down;
    });
  return state.probing;
}

/**
 * For proxy.ts, on every request: false at once while all is well (no query, no wait); while the
 * database is down, true, re-probing at most every RECHECK_INTERVAL_MS so the app recovers by itself.
 */
export async function databaseIsDown(): Promise<boolean> {
  const state = availability();
  if (!state.down) return false;
  if (Date.now() - state.checkedAt < RECHECK_INTERVAL_MS) return true;
  return !(await probeDatabase());
}
