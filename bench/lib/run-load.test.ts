import { describe, expect, it } from "vitest";
import { runLoad, type Phase } from "./run-load";

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe("runLoad", () => {
  it("warms up, then measures every request, never more than `concurrency` at a time", async () => {
    let running = 0;
    let most = 0;
    const seen: { phase: Phase; index: number; worker: number }[] = [];
    const summary = await runLoad({ warmup: 5, requests: 40, concurrency: 4 }, async (ctx) => {
      running++;
      most = Math.max(most, running);
      seen.push(ctx);
      await tick();
      running--;
    });
    expect(summary.n).toBe(40);
    expect(most).toBe(4);
    expect(seen.filter((s) => s.phase === "warmup")).toHaveLength(5);
    expect(seen.filter((s) => s.phase === "measure").map((s) => s.index).sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i));
    expect(new Set(seen.map((s) => s.worker))).toEqual(new Set([0, 1, 2, 3]));
  });

  it("stops and fails on the first failed request", async () => {
    let calls = 0;
    await expect(
      runLoad({ warmup: 0, requests: 100, concurrency: 2 }, async ({ index }) => {
        calls++;
        await tick();
        if (index === 3) throw new Error("HTTP 500");
      }),
    ).rejects.toThrow(/request 3 \(measure\): HTTP 500/);
    expect(calls).toBeLessThan(10);
  });
});
