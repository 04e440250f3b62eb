import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import type { Delivery, NotificationKind } from "@/lib/db/generated/enums";
import { notificationKinds } from "@/lib/notifications/messages";
import type { MarkReadInput, NotificationPreferencesInput } from "@/lib/validation/notifications";
import { ok, type Result } from "@/lib/validation/result";
import { recordAudit } from "./internal/audit";
import { leaveDigest } from "./internal/notify";

/** The page of the in-app list: newest first. */
const PAGE_SIZE = 50;

/** The actor's own notifications, newest first, and how many are unread. Everyone sees only their own. */
export async function listNotifications(actor: Actor) {
  const [items, unread] = await Promise.all([
    db().notification.findMany({
      where: { userId: actor.userId },
      orderBy: { createdAt: "desc" },
      take: PAGE_SIZE,
      select: { id: true, kind: true, title: true, body: true, link: true, createdAt: true, readAt: true },
    }),
    countUnread(actor),
  ]);
  return { items, unread };
}

/** For the header's badge. */
export function countUnread(actor: Actor): Promise<number> {
  return db().notification.count({ where: { userId: actor.userId, readAt: null } });
}

/** Marks one of the actor's notifications, or all of them, read. Someone else's id changes nothing. */
export async function markNotificationsRead(actor: Actor, input: MarkReadInput): Promise<Result<{ marked: number }>> {
  const { count } = await db().notification.updateMany({
    where: { userId: actor.userId, readAt: null, ...(input.notificationId === "all" ? {} : { id: input.notificationId }) },
    data: { readAt: new Date() },
  });
  return ok({ marked: count });
}

/** The actor's delivery choice for every kind, "IMMEDIATE" where they made none. */
export async function getNotificationPreferences(actor: Actor): Promise<Record<NotificationKind, Delivery>> {
  const chosen = await db().notificationPreference.findMany({ where: { userId: actor.userId }, select: { kind: true, delivery: true } });
  const byKind = new Map(chosen.map((p) => [p.kind, p.delivery]));
  return Object.fromEntries(notificationKinds.map(({ kind }) => [kind, byKind.get(kind) ?? "IMMEDIATE"])) as Record<NotificationKind, Delivery>;
}

/** Saves the actor's choices; audited with what changed. */
export async function setNotificationPreferences(actor: Actor, input: NotificationPreferencesInput): Promise<Result<{ changed: number }>> {
  return db().$transaction(async (tx) => {
    const before = await tx.notificationPreference.findMany({ where: { userId: actor.userId }, select: { kind: true, delivery: true } });
    const was = new Map(before.map((p) => [p.kind, p.delivery]));
    const changed = notificationKinds.map(({ kind }) => kind).filter((kind) => (was.get(kind) ?? "IMMEDIATE") !== input[kind]);
    for (const kind of changed) {
      await tx.notificationPreference.upsert({ where: { userId_kind: { userId: actor.userId, kind } }, create: { userId: actor.userId, kind, delivery: input[kind] }, update: { delivery: input[kind] } });
    }
    await leaveDigest(tx, actor.userId, changed.filter((kind) => input[kind] !== "DIGEST"));
    if (changed.length > 0) {
      await recordAudit(tx, actor, {
        action: "notifications.preferences",
        entityType: "User",
        entityId: actor.userId,
        before: Object.fromEntries(changed.map((kind) => [kind, was.get(kind) ?? "IMMEDIATE"])),
        after: Object.fromEntries(changed.map((kind) => [kind, input[kind]])),
      });
    }
    return ok({ changed: changed.length });
  });
}
