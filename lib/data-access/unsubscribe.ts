import "server-only";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import type { NotificationKind } from "@/lib/db/generated/enums";
import { kindLabel } from "@/lib/notifications/messages";
import { readUnsubscribeToken } from "@/lib/notifications/unsubscribe-token";
import type { UnsubscribeInput } from "@/lib/validation/notifications";
import { fail, ok, type Result } from "@/lib/validation/result";
import { recordAudit } from "./internal/audit";
import { leaveDigest } from "./internal/notify";

// An e-mail's unsubscribe link works without signing in: the signed token is the authority, for one
// person and one kind of e-mail (or their daily digest) only.

const INVALID = "This unsubscribe link is not valid. Sign in and choose your e-mail settings under Your account → Notifications.";

/** What the link would stop, to ask before doing it (a link opened by a mail scanner changes nothing). */
export async function describeUnsubscribe(token: string): Promise<{ what: string; email: string } | null> {
  const read = readUnsubscribeToken(env().NEXTAUTH_SECRET, token);
  if (!read) return null;
  const user = await db().user.findUnique({ where: { id: read.userId }, select: { email: true } });
  if (!user) return null;
  return { what: read.topic === "DIGEST" ? "the daily summary" : `e-mails about “${kindLabel(read.topic)}”`, email: user.email };
}

/**
 * Turns that kind of e-mail off for that person (the daily digest: every kind they had in it), audited.
 * Doing it twice is doing it once.
 */
export async function unsubscribe(input: UnsubscribeInput): Promise<Result<{ what: string }>> {
  const read = readUnsubscribeToken(env().NEXTAUTH_SECRET, input.token);
  if (!read) return fail(INVALID);
  const user = await db().user.findUnique({ where: { id: read.userId }, select: { id: true, email: true } });
  if (!user) return fail(INVALID);
  return db().$transaction(async (tx) => {
    const kinds: NotificationKind[] =
      read.topic === "DIGEST" ? (await tx.notificationPreference.findMany({ where: { userId: user.id, delivery: "DIGEST" }, select: { kind: true } })).map((p) => p.kind) : [read.topic];
    for (const kind of kinds) {
      await tx.notificationPreference.upsert({ where: { userId_kind: { userId: user.id, kind } }, create: { userId: user.id, kind, delivery: "OFF" }, update: { delivery: "OFF" } });
    }
    await leaveDigest(tx, user.id, kinds);
    await recordAudit(tx, { userId: user.id, email: user.email }, { action: "notifications.unsubscribe", entityType: "User", entityId: user.id, after: { topic: read.topic, kinds } });
    return ok({ what: read.topic === "DIGEST" ? "the daily summary" : `e-mails about “${kindLabel(read.topic)}”` });
  });
}
