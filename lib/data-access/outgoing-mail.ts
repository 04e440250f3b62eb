import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { canAdminister } from "@/lib/auth/policy";
import { env } from "@/lib/env";
import { isUuid, requireThat } from "./internal/guards";

const PAGE_SIZE = 25;

/** Administration → Outgoing mail: every message the app wrote (or those whose recipient or subject matches), newest first, and whether an SMTP server sends them. */
export async function listOutgoingMail(actor: Actor, query: { q?: string; page: number }) {
  requireThat(canAdminister(actor));
  const { page } = query;
  const match = query.q ? { contains: query.q, mode: "insensitive" as const } : undefined;
  const where = match ? { OR: [{ toAddress: match }, { toName: match }, { subject: match }] } : {};
  const [total, messages] = await Promise.all([
    db().outgoingMail.count({ where }),
    db().outgoingMail.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: { id: true, toName: true, toAddress: true, subject: true, category: true, status: true, attempts: true, lastError: true, createdAt: true, sentAt: true },
    }),
  ]);
  return { total, pageSize: PAGE_SIZE, messages, smtpConfigured: Boolean(env().SMTP_URL) };
}

/** One message as it was (or will be) sent, for an administrator to read. */
export async function getOutgoingMail(actor: Actor, mailId: string) {
  requireThat(canAdminister(actor));
  requireThat(isUuid(mailId));
  const mail = await db().outgoingMail.findUnique({
    where: { id: mailId },
    select: { id: true, toName: true, toAddress: true, subject: true, text: true, category: true, status: true, attempts: true, lastError: true, createdAt: true, sentAt: true },
  });
  requireThat(mail !== null);
  return mail;
}
