import "server-only";
import { startWorker } from "@/lib/data-access/worker";
import { env } from "@/lib/env";

/** How long to wait before trying again when the database is not there yet. */
const RETRY_MS = 30_000;

/** Starts the worker beside the app unless WORKER=off; the app serves meanwhile, and keeps serving if the database is away. */
export function runWorkerInApp(): void {
  if (env().WORKER !== "in-app") return;
  const attempt = () => {
    startWorker()
      .then((stop) => {
        for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => void stop());
      })
      .catch((error: unknown) => {
        console.error(`The job worker could not start (${error instanceof Error ? error.message : String(error)}); trying again in ${RETRY_MS / 1000} s.`);
        setTimeout(attempt, RETRY_MS).unref();
      });
  };
  attempt();
}
