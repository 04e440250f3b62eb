import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { NotificationKind } from "@/lib/db/generated/enums";
import { kindLabel, type NotificationMessage } from "@/lib/notifications/messages";
import { appUrl, unsubscribeLinks, writeMail, type Recipient } from "./outbox";

/**
 * Tells each recipient about an event, in the caller's transaction: a notification in the app, and an
 * e-mail now, in the daily digest or not at all, as each person chose for this kind (now, unless they
 * chose otherwise). `eventKey` names the event: reported again (a retried action), it notifies no one twice.
 */
export async function notify(tx: Prisma.TransactionClient, recipients: Recipient[], message: NotificationMessage, eventKey: string): Promise<void> {
  const byId = new Map(recipients.map((r) => [r.id, r]));
  if (byId.size === 0) return;
  const created = await tx.notification.createManyAndReturn({
    data: [...byId.keys()].map((userId) => ({ userId, eventKey, ...message })),
    skipDuplicates: true,
    select: { id: true, userId: true },
  });
  if (created.length === 0) return;
  const chosen = await tx.notificationPreference.findMany({ where: { kind: message.kind, userId: { in: created.map((c) => c.userId) } }, select: { userId: true, delivery: true } });
  const delivery = new Map(chosen.map((p) => [p.userId, p.delivery]));
  const digest = created.filter((c) => delivery.get(c.userId) === "DIGEST").map((c) => c.id);
  if (digest.length > 0) await tx.notification.updateMany({ where: { id: { in: digest } }, data: { inDigest: true } });
  for (const notification of created.filter((c) => (delivery.get(c.userId) ?? "IMMEDIATE") === "IMMEDIATE")) {
    const to = byId.get(notification.userId)!;
    const unsubscribe = unsubscribeLinks(to.id, message.kind);
    const mailId = await writeMail(tx, to, {
      category: message.kind,
      unsubscribeUrl: unsubscribe.oneClick,
      content: {
        subject: message.title,
        items: [{ title: message.title, body: message.body, url: appUrl(message.link) }],
        footer: [
          { text: `You receive this e-mail because of your choice for “${kindLabel(message.kind)}”.` },
          { text: "Stop these e-mails:", url: unsubscribe.page, linkText: "unsubscribe" },
          { text: "Choose how you are told about each kind of event:", url: appUrl("/account/notifications"), linkText: "your notification settings" },
        ],
      },
    });
    await tx.notification.update({ where: { id: notification.id }, data: { mailId } });
  }
}

/** Notifications of these kinds waiting for the person's digest leave it: they chose otherwise since. */
export async function leaveDigest(tx: Prisma.TransactionClient, userId: string, kinds: NotificationKind[]): Promise<void> {
  if (kinds.length === 0) return;
  await tx.notification.updateMany({ where: { userId, kind: { in: kinds }, inDigest: true, mailId: null }, data: { inDigest: false } });
}
