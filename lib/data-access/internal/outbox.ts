import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { env } from "@/lib/env";
import { composeMail, type MailContent } from "@/lib/mail/compose";
import { unsubscribeToken, type UnsubscribeTopic } from "@/lib/notifications/unsubscribe-token";
import { queueMail } from "./jobs";

export type Recipient = { id: string; name: string; email: string };

/** An absolute URL of the app, for links in e-mail. */
export const appUrl = (path: string) => new URL(path, env().NEXTAUTH_URL).toString();

/** An e-mail's unsubscribe links: a page that asks first (in the message) and the one-click POST address (RFC 8058, in its headers). */
export function unsubscribeLinks(userId: string, topic: UnsubscribeTopic) {
  const token = unsubscribeToken(env().NEXTAUTH_SECRET, userId, topic);
  return { page: appUrl(`/unsubscribe/${token}`), oneClick: appUrl(`/api/unsubscribe/${token}`) };
}

/**
 * Writes an e-mail to the outbox and queues its sending, both in the caller's transaction: the
 * message goes out once the change that caused it commits, and never without it.
 */
export async function writeMail(
  tx: Prisma.TransactionClient,
  to: Recipient,
  message: { category: string; content: Omit<MailContent, "recipientName">; unsubscribeUrl?: string },
): Promise<string> {
  const mail = composeMail({ ...message.content, recipientName: to.name });
  const { id } = await tx.outgoingMail.create({
    data: { userId: to.id, toAddress: to.email, toName: to.name, category: message.category, ...mail, unsubscribeUrl: message.unsubscribeUrl ?? null },
    select: { id: true },
  });
  await queueMail(tx, id);
  return id;
}
