import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";

/** What an administrator finds under the audit log's "security events": every action starts so. */
export const SECURITY_ACTION_PREFIX = "security.";

export type SecurityAction = "sign-in-failed" | "sign-in-throttled" | "second-factor-failed" | "access-refused" | "api-token-refused";

/** Events of one action from one source per minute that are written; the rest are only counted. */
export const SECURITY_EVENTS_PER_MINUTE = 20;

export type SecurityEvent = {
  action: SecurityAction;
  /** Where it came from: an address, or the account making the request; the rate limit is per source. */
  source: string;
  /** Who: the signed-in account, or the e-mail typed at sign-in. */
  actor: { userId: string | null; email: string };
  entityType: string;
  entityId: string;
  detail: Prisma.InputJsonValue;
};

/**
 * Records a security event in the audit log. An attack can send thousands a minute: past
 * SECURITY_EVENTS_PER_MINUTE for its action and source, one more event says so and the rest of the
 * minute is only counted (a single row per source and minute).
 */
export async function recordSecurityEvent(event: SecurityEvent, now = new Date()): Promise<void> {
  const key = `${event.action}|${event.source}`.slice(0, 500);
  const windowStart = new Date(Math.floor(now.getTime() / 60_000) * 60_000);
  const [{ count }] = await db().$queryRaw<[{ count: number }]>`
    INSERT INTO "SecurityEventWindow" ("key", "windowStart", "count") VALUES (${key}, ${windowStart}, 1)
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "SecurityEventWindow"."count" + 1
    RETURNING "count"`;
  // The first of a minute clears the source's older minutes, so the table holds a minute per source.
  if (count === 1) await db().securityEventWindow.deleteMany({ where: { key, windowStart: { lt: windowStart } } });
  if (count > SECURITY_EVENTS_PER_MINUTE + 1) return;
  const suppressed = count === SECURITY_EVENTS_PER_MINUTE + 1;
  await db().auditEvent.create({
    data: {
      actorId: event.actor.userId,
      actorEmail: event.actor.email,
      action: `${SECURITY_ACTION_PREFIX}${suppressed ? "suppressed" : event.action}`,
      entityType: event.entityType,
      entityId: event.entityId,
      after: suppressed
        ? { of: event.action, source: event.source, detail: `More than ${SECURITY_EVENTS_PER_MINUTE} in this minute: the rest of the minute is not written.` }
        : event.detail,
    },
  });
}
