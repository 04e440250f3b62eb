import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { databaseIsDown, PROBE_TIMEOUT_MS, probeDatabase, RECHECK_INTERVAL_MS, registerProbe, suspectDatabase } from "./state";

const KEY = Symbol.for("cx-maturity.database-availability");

beforeEach(() => {
  delete (globalThis as unknown as Record<symbol, unknown>)[KEY];
  vi.useFakeTimers();
  vi.spyOn(console, "error").mockImplementation(() => {});
  vi.spyOn(console, "info").mockImplementation(() => {});
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("database availability", () => {
  it("costs nothing while all is well: no probe at all", async () => {
    const probe = vi.fn(async () => {});
    registerProbe(probe);
    expect(await databaseIsDown()).toBe(false);
    expect(probe).not.toHaveBeenCalled();
  });

  it("a broken connection makes the next request probe, and a failed probe keeps it down", async () => {
    const probe = vi.fn(() => Promise.reject(new Error("connect ECONNREFUSED")));
    registerProbe(probe);
    suspectDatabase();
    expect(await databaseIsDown()).toBe(true);
    expect(probe).toHaveBeenCalledTimes(1);
  });

  it("re-probes at most every RECHECK_INTERVAL_MS while down, and recovers when the probe answers", async () => {
    let up = false;
    const probe = vi.fn(() => (up ? Promise.resolve() : Promise.reject(new Error("down"))));
    registerProbe(probe);
    expect(await probeDatabase()).toBe(false);
    expect(await databaseIsDown()).toBe(true);
    expect(probe).toHaveBeenCalledTimes(1);

    up = true;
    vi.advanceTimersByTime(RECHECK_INTERVAL_MS - 1);
    expect(await databaseIsDown()).toBe(true);
    expect(probe).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(await databaseIsDown()).toBe(false);
    expect(probe).toHaveBeenCalledTimes(2);
  });

  it("logs the cause once when the database goes, and once when it is back", async () => {
    let up = false;
    registerProbe(() => (up ? Promise.resolve() : Promise.reject(new Error("connect ECONNREFUSED 127.0.0.1:5432"))));
    for (let i = 0; i < 3; i++) {
      expect(await probeDatabase()).toBe(false);
      vi.advanceTimersByTime(RECHECK_INTERVAL_MS);
    }
    expect(console.error).toHaveBeenCalledTimes(1);
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining("ECONNREFUSED"));
    up = true;
    expect(await probeDatabase()).toBe(true);
    expect(await probeDatabase()).toBe(true);
    expect(console.info).toHaveBeenCalledTimes(1);
  });

  it("a suspicion the probe clears logs nothing", async () => {
    registerProbe(async () => {});
    suspectDatabase();
    expect(await databaseIsDown()).toBe(false);
    expect(console.error).not.toHaveBeenCalled();
    expect(console.info).not.toHaveBeenCalled();
  });

  it("concurrent requests share one probe", async () => {
    const probe = vi.fn(() => Promise.reject(new Error("down")));
    registerProbe(probe);
    suspectDatabase();
    expect(await Promise.all([databaseIsDown(), databaseIsDown(), databaseIsDown()])).toEqual([true, true, true]);
    expect(probe).toHaveBeenCalledTimes(1);
  });

  it("a probe that does not answer in time counts as down", async () => {
    registerProbe(() => new Promise(() => {}));
    const answer = probeDatabase();
    await vi.advanceTimersByTimeAsync(PROBE_TIMEOUT_MS);
    expect(await answer).toBe(false);
  });

  it("a probe that throws before returning a promise counts as down", async () => {
    registerProbe(() => {
      throw new Error("no client");
    });
    expect(await probeDatabase()).toBe(false);
  });
});
