// The production server under test: `next start` in a process group of its own, so that stopping
// it stops whatever it forked.
import { randomBytes } from "node:crypto";
import { portAnswers } from "../../scripts/lib/database";
import { startNext } from "../../scripts/lib/serve";

export type RunningServer = { url: string; pid: number; stop: () => Promise<void> };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startServer(options: { port: number; databaseUrl: string; say: (line: string) => void; readyTimeoutMs?: number }): Promise<RunningServer> {
  const { port, databaseUrl, say } = options;
  if (await portAnswers(port)) throw new Error(`Port ${port} is already in use; stop whatever listens there and run the benchmark again.`);
  const url = `http://localhost:${port}`;
  const child = startNext({
    port,
    databaseUrl,
    url,
    secret: randomBytes(48).toString("base64url"),
    env: { NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true, // its own process group: stop() signals the group
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error("next start did not start");

  const recent: string[] = [];
  const keep = (prefix: string) => (data: Buffer) => {
    for (const line of data.toString("utf8").split("\n").filter(Boolean)) {
      recent.push(line);
      if (recent.length > 40) recent.shift();
      if (prefix) say(`${prefix}${line}`); // the server's errors are shown as they happen
    }
  };
  child.stdout?.on("data", keep(""));
  child.stderr?.on("data", keep("[next start] "));

  let exited: number | null | undefined;
  const exit = new Promise<void>((resolve) =>
    child.once("exit", (code) => {
      exited = code;
      resolve();
    }),
  );

  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-pid, name);
    } catch {
      // the group is gone already
    }
  };
  const stop = async () => {
    if (exited !== undefined) return signal("SIGKILL"); // the leader is gone; make sure no child stayed
    signal("SIGTERM");
    const stopped = await Promise.race([exit.then(() => true), sleep(10_000).then(() => false)]);
    if (!stopped) say("next start did not stop within 10 s; killing it.");
    signal("SIGKILL");
  };

  const deadline = Date.now() + (options.readyTimeoutMs ?? 60_000);
  while (Date.now() < deadline) {
    if (exited !== undefined) throw new Error(`next start exited (${exited}) before it was ready:\n${recent.join("\n")}`);
    const status = await fetch(`${url}/sign-in`, { redirect: "manual" }).then(
      async (r) => {
        await r.arrayBuffer();
        return r.status;
      },
      () => 0,
    );
    if (status === 200) return { url, pid, stop };
    await sleep(250);
  }
  await stop();
  throw new Error(`next start was not ready within ${(options.readyTimeoutMs ?? 60_000) / 1000} s:\n${recent.join("\n")}`);
}
