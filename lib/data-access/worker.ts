import "server-only";
import PgBoss from "pg-boss";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { QUEUES } from "@/lib/jobs/queues";
import { MAIL_CONCURRENCY, smtpTransport, type MailTransport, type OutboxMessage } from "@/lib/mail/transport";
import { appUrl, unsubscribeLinks, writeMail } from "./internal/outbox";
import { carriesPasswordLink, withoutPasswordLinks } from "./internal/password-links";
import { notifyCycleOpened, sendReminders } from "./worker-notifications";

// The job worker: no one is signed in; it acts on what the layer wrote (the outbox, notifications
// waiting for a digest). It runs in each app process (instrumentation.ts) or alone (npm run worker).

let transport: MailTransport | null | undefined;
/** The SMTP server of SMTP_URL; null when there is none and mail is kept for administrators. */
function mailTransport(): MailTransport | null {
  const { SMTP_URL, MAIL_FROM } = env();
  transport ??= SMTP_URL ? smtpTransport(SMTP_URL, MAIL_FROM) : null;
  return transport;
}

/**
 * Sends one message of the outbox, once: the row is locked while it is sent and marked in the same
 * transaction, so a second worker skips it and a crash leaves it to be sent again. A failure is
 * recorded and thrown, for pg-boss to try again later; the last one marks the message failed.
 */
export async function deliverMail(mailId: string, { lastTry }: { lastTry: boolean }): Promise<"sent" | "kept" | "skipped"> {
  try {
    return await db().$transaction(
      async (tx) => {
        const [mail] = await tx.$queryRaw<(OutboxMessage & { category: string; recipientDisabled: boolean })[]>`
          SELECT m."id", m."toAddress", m."toName", m."subject", m."text", m."html", m."unsubscribeUrl", m."category", (u."disabledAt" IS NOT NULL) AS "recipientDisabled"
          FROM "OutgoingMail" m LEFT JOIN "User" u ON u."id" = m."userId"
          WHERE m."id" = ${mailId}::uuid AND m."status" = 'QUEUED' FOR UPDATE OF m SKIP LOCKED`;
        if (!mail) return "skipped";
        if (mail.recipientDisabled) {
          await tx.outgoingMail.update({ where: { id: mailId }, data: { status: "FAILED", lastError: "Not sent: the recipient's account was disabled." } });
          return "skipped";
        }
        const smtp = mailTransport();
        if (smtp) await smtp.send(mail);
        // Sent, a password link lives only in the recipient's mailbox: the copy kept here loses it.
        const redacted = smtp && carriesPasswordLink(mail.category) ? { text: withoutPasswordLinks(mail.text), html: withoutPasswordLinks(mail.html) } : {};
        await tx.outgoingMail.update({
          where: { id: mailId },
          data: { status: smtp ? "SENT" : "KEPT", sentAt: smtp ? new Date() : null, attempts: { increment: 1 }, lastError: null, ...redacted },
        });
        return smtp ? "sent" : "kept";
      },
      { timeout: 60_000, maxWait: 10_000 },
    );
  } catch (error) {
    const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 500);
    await db().outgoingMail.updateMany({ where: { id: mailId, status: "QUEUED" }, data: { attempts: { increment: 1 }, lastError, ...(lastTry ? { status: "FAILED" } : {}) } });
    throw error;
  }
}

/** One e-mail per person with the notifications that wait for their digest; each is in one digest only. */
export async function sendDigests(): Promise<number> {
  const waiting = await db().notification.groupBy({ by: ["userId"], where: { inDigest: true, mailId: null } });
  let sent = 0;
  for (const { userId } of waiting) {
    sent += await db().$transaction(async (tx) => {
      const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, name: true, email: true, disabledAt: true } });
      // Taken with a lock, so two digest runs cannot both send the same notifications.
      const ids = await tx.$queryRaw<{ id: string }[]>`
        SELECT "id" FROM "Notification" WHERE "userId" = ${userId}::uuid AND "inDigest" AND "mailId" IS NULL ORDER BY "createdAt" FOR UPDATE SKIP LOCKED`;
      if (!user || user.disabledAt || ids.length === 0) return 0;
      const items = await tx.notification.findMany({ where: { id: { in: ids.map((n) => n.id) } }, orderBy: { createdAt: "asc" }, select: { title: true, body: true, link: true } });
      const unsubscribe = unsubscribeLinks(user.id, "DIGEST");
      const mailId = await writeMail(tx, user, {
        category: "DIGEST",
        unsubscribeUrl: unsubscribe.oneClick,
        content: {
          subject: `Your daily summary: ${items.length} update${items.length === 1 ? "" : "s"}`,
          intro: `What happened since your last summary in CX Maturity Assessment:`,
          items: items.map((n) => ({ title: n.title, body: n.body, url: appUrl(n.link) })),
          footer: [
            { text: "You receive this daily summary because you chose it for some kinds of notification." },
            { text: "Stop the daily summary:", url: unsubscribe.page, linkText: "unsubscribe" },
            { text: "Choose how you are told about each kind of event:", url: appUrl("/account/notifications"), linkText: "your notification settings" },
          ],
        },
      });
      await tx.notification.updateMany({ where: { id: { in: ids.map((n) => n.id) } }, data: { mailId } });
      return 1;
    });
  }
  return sent;
}

/** Every morning, Eastern time: the reminders at 7, the digest (with them in it) at 8. */
const REMINDERS_SCHEDULE = "0 7 * * *";
const DIGEST_SCHEDULE = "0 8 * * *";

/** Starts working the queues; resolves to a function that stops, letting a message being sent finish. */
export async function startWorker(connectionString = env().DATABASE_URL): Promise<() => Promise<void>> {
  const boss = new PgBoss({ connectionString, max: MAIL_CONCURRENCY + 2 });
  boss.on("error", (error) => console.error("Job queue:", error));
  await boss.start();
  // pg-boss 10 runs one job at a time per registered worker: several, for as many messages at once.
  for (let i = 0; i < MAIL_CONCURRENCY; i++) {
    await boss.work<{ mailId: string }>(QUEUES.sendMail, { includeMetadata: true, pollingIntervalSeconds: 1 }, async ([job]) => {
      if (job) await deliverMail(job.data.mailId, { lastTry: job.retryCount >= job.retryLimit });
    });
  }
  await boss.work(QUEUES.digest, async () => {
    await sendDigests();
  });
  await boss.schedule(QUEUES.digest, DIGEST_SCHEDULE, undefined, { tz: "America/New_York" });
  await boss.work(QUEUES.reminders, async () => {
    await sendReminders();
  });
  await boss.schedule(QUEUES.reminders, REMINDERS_SCHEDULE, undefined, { tz: "America/New_York" });
  await boss.work<{ cycleId: string }>(QUEUES.cycleOpened, async ([job]) => {
    if (job) await notifyCycleOpened(job.data.cycleId);
  });
  // Messages waiting without a job (a database restored from a backup, which leaves the queue out) are
  // queued again; one that has its job already is sent once all the same (deliverMail).
  const waiting = await db().outgoingMail.findMany({ where: { status: "QUEUED" }, select: { id: true } });
  if (waiting.length > 0) await boss.insert(waiting.map(({ id }) => ({ name: QUEUES.sendMail, data: { mailId: id }, singletonKey: id })));
  return () => boss.stop({ graceful: true, wait: true, timeout: 20_000 });
}
