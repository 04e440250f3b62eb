// The production server under test: `next start` in a process group of its own, so that stopping
// it stops whatever it forked.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import net from "node:net";
import path from "node:path";
import { projectRoot } from "../../scripts/lib/schema-engine";

const nextBin = path.join(projectRoot, "node_modules/.bin/next");

export type RunningServer = { url: string; pid: number; stop: () => Promise<void> };

function portTaken(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1" });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startServer(options: { port: number; databaseUrl: string; say: (line: string) => void; readyTimeoutMs?: number }): Promise<RunningServer> {
  const { port, databaseUrl, say } = options;
  if (await portTaken(port)) throw new Error(`Port ${port} is already in use; stop whatever listens there and run the benchmark again.`);
  const url = `http://localhost:${port}`;
  const child = spawn(nextBin, ["start", "--port", String(port)], {
    cwd: projectRoot,
    detached: true, // its own process group: stop() signals the group
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      NEXTAUTH_URL: url,
      NEXTAUTH_SECRET: randomBytes(48).toString("base64url"),
      NEXT_TELEMETRY_DISABLED: "1",
    },
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
  child.stdout.on("data", keep(""));
  child.stderr.on("data", keep("[next start] "));

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
