// The app's job queue (pg-boss) from a test: a job queued as its schedule would queue it, run by the
// app's own worker, and waited for.
import { expect } from "@playwright/test";
import PgBoss from "pg-boss";
import { e2eDatabaseUrl } from "./factories";

/** Queues one job on `queue` (a scheduled one: the digest, the reminders) and waits until the app's worker has done it. */
export async function runScheduledJob(queue: string): Promise<void> {
  const boss = new PgBoss({ connectionString: e2eDatabaseUrl, supervise: false, schedule: false, max: 1 });
  await boss.start();
  try {
    const id = await boss.send(queue, {});
    expect(id, `a job queued on ${queue}`).toBeTruthy();
    await expect.poll(async () => (await boss.getJobById(queue, id!))?.state, { timeout: 30_000, message: `the ${queue} job done` }).toBe("completed");
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}
