// The job queues (pg-boss, in PostgreSQL's "pgboss" schema): their names and retry rules, and the step
// that creates them, run with the migrations so that the app can queue a job from its first request.
import PgBoss from "pg-boss";

export const QUEUES = {
  /** One job per outgoing e-mail: { mailId }. */
  sendMail: "mail-send",
  /** The daily digest of notifications for people who chose it. */
  digest: "notifications-digest",
  /** The daily reminders of work due soon or overdue. */
  reminders: "notifications-reminders",
  /** Telling every program's members that a cycle opened: { cycleId }. */
  cycleOpened: "notifications-cycle-opened",
} as const;

/**
 * An SMTP server that refuses or is away is tried again after 30 s, then twice as long each time
 * (30 s … 16 min: about half an hour in all) before the message is marked as failed.
 */
export const SEND_MAIL_RETRIES = { retryLimit: 6, retryDelay: 30, retryBackoff: true } as const;

/** Creates (or brings up to date) pg-boss's schema and this app's queues. Safe to run again and from several processes. */
export async function prepareJobQueues(connectionString: string): Promise<void> {
  const boss = new PgBoss({ connectionString, supervise: false, schedule: false, max: 2 });
  await boss.start();
  try {
    await boss.createQueue(QUEUES.sendMail, { name: QUEUES.sendMail, ...SEND_MAIL_RETRIES, expireInSeconds: 120 });
    for (const name of [QUEUES.digest, QUEUES.reminders]) await boss.createQueue(name, { name, policy: "singleton", retryLimit: 3, retryDelay: 300, retryBackoff: true });
    await boss.createQueue(QUEUES.cycleOpened, { name: QUEUES.cycleOpened, retryLimit: 3, retryDelay: 60, retryBackoff: true });
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}
