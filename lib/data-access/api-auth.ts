import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { hashToken } from "@/lib/api/tokens";
import { API_REQUESTS_PER_MINUTE } from "@/lib/api/tokens";
import { API_ROLES } from "./api-tokens";
import { actorFields, actorOf } from "./internal/actor-of";
import { recordSecurityEvent } from "./internal/security-events";

// The read API's sign-in: a request's token makes the actor, as a session cookie does for pages
// (accounts.ts), so it runs before anyone is signed in.

export type ApiCaller = { kind: "ok"; actor: Actor; tokenId: string } | { kind: "unauthorized" } | { kind: "throttled"; retryAfterSeconds: number };

/**
 * The actor a request's token speaks for: a live token (not expired, not revoked) of an enabled user
 * whose role may use the API, with the scope that user has now. Counts the request against the
 * token's minute in the same statement that reads the count, so the limit holds across instances.
 */
export async function authenticateApiToken(secret: string, from: { address: string }, now = new Date()): Promise<ApiCaller> {
  const token = await db().apiToken.findUnique({
    where: { tokenHash: hashToken(secret) },
    select: {
      id: true,
      expiresAt: true,
      revokedAt: true,
      user: { select: { ...actorFields, disabledAt: true } },
    },
  });
  const refusal = !token
    ? "unknown"
    : token.revokedAt
      ? "revoked"
      : token.expiresAt <= now
        ? "expired"
        : token.user.disabledAt
          ? "owner disabled"
          : !API_ROLES.includes(token.user.role)
            ? "owner's role may not use the API"
            : null;
  if (refusal) {
    await recordSecurityEvent({
      action: "api-token-refused",
      source: from.address,
      actor: { userId: token?.user.id ?? null, email: token?.user.email ?? "unknown" },
      entityType: "ApiToken",
      entityId: token?.id ?? "unknown",
      detail: { reason: refusal, address: from.address },
    });
    return { kind: "unauthorized" };
  }
  if (!token) return { kind: "unauthorized" };
  const windowStart = new Date(Math.floor(now.getTime() / 60_000) * 60_000);
  const [{ count }] = await db().$queryRaw<[{ count: number }]>`
    INSERT INTO "ApiRequestWindow" ("tokenId", "windowStart", "count") VALUES (${token.id}::uuid, ${windowStart}, 1)
    ON CONFLICT ("tokenId", "windowStart") DO UPDATE SET "count" = "ApiRequestWindow"."count" + 1
    RETURNING "count"`;
  // The first request of a minute clears the token's earlier minutes: one small delete per token per minute.
  if (count === 1) await db().apiRequestWindow.deleteMany({ where: { tokenId: token.id, windowStart: { lt: windowStart } } });
  if (count > API_REQUESTS_PER_MINUTE) return { kind: "throttled", retryAfterSeconds: Math.max(1, Math.ceil((windowStart.getTime() + 60_000 - now.getTime()) / 1000)) };
  return { kind: "ok", tokenId: token.id, actor: actorOf(token.user) };
}
