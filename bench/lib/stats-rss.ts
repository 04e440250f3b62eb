// The resident memory of a process and all its descendants (`next start` may fork workers), read
// from /proc, and a sampler that keeps the peak while something runs. Linux only.
import { readFile, readdir } from "node:fs/promises";

async function parentsByPid(): Promise<Map<number, number>> {
  const parents = new Map<number, number>();
  const entries = await readdir("/proc");
  await Promise.all(
    entries
      .filter((e) => /^\d+$/.test(e))
      .map(async (e) => {
        const stat = await readFile(`/proc/${e}/stat`, "utf8").catch(() => "");
        // "pid (comm) state ppid …": comm may hold spaces and parentheses, so read after the last ")".
        const after = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        const ppid = Number(after[1]);
        if (stat && Number.isInteger(ppid)) parents.set(Number(e), ppid);
      }),
  );
  return parents;
}

export async function processTree(rootPid: number): Promise<number[]> {
  const parents = await parentsByPid();
  const tree = [rootPid];
  for (let i = 0; i < tree.length; i++) {
    for (const [pid, ppid] of parents) if (ppid === tree[i] && !tree.includes(pid)) tree.push(pid);
  }
  return tree;
}

async function vmRssBytes(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
  const kib = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
  return kib ? Number(kib[1]) * 1024 : 0;
}

/** Sum of VmRSS over the process and its descendants. */
export async function treeRssBytes(rootPid: number): Promise<number> {
  const sizes = await Promise.all((await processTree(rootPid)).map(vmRssBytes));
  return sizes.reduce((sum, v) => sum + v, 0);
}

export type RssSampler = { stop: () => Promise<{ peakBytes: number; samples: number }> };

/** Samples every intervalMs (skipping a tick while the previous sample is still being read). */
/**
 * Sum of PSS over the process and its descendants: each shared page divided among the processes that
 * share it. For a process tree like Chromium's (a dozen processes mapping the same libraries), RSS
 * would count the shared pages once per process, about twice the memory really taken.
 */
export async function treePssBytes(rootPid: number): Promise<number> {
  const sizes = await Promise.all(
    (await processTree(rootPid)).map(async (pid) => {
      const rollup = await readFile(`/proc/${pid}/smaps_rollup`, "utf8").catch(() => "");
      const kib = /^Pss:\s+(\d+)\s+kB/m.exec(rollup);
      return kib ? Number(kib[1]) * 1024 : 0;
    }),
  );
  return sizes.reduce((sum, v) => sum + v, 0);
}

export function sampleRss(rootPid: number, intervalMs = 50, measure: (pid: number) => Promise<number> = treeRssBytes): RssSampler {
  let peakBytes = 0;
  let samples = 0;
  let pending: Promise<void> | null = null;
  const take = () => {
    if (pending) return;
    pending = measure(rootPid)
      .then((bytes) => {
        peakBytes = Math.max(peakBytes, bytes);
        samples++;
      })
      .finally(() => {
        pending = null;
      });
  };
  take();
  const timer = setInterval(take, intervalMs);
  return {
    async stop() {
      clearInterval(timer);
      if (pending) await pending;
      take();
      if (pending) await pending;
      return { peakBytes, samples };
    },
  };
}
