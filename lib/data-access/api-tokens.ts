import "server-only";
import { db } from "@/lib/db/client";
import type { Actor, Role } from "@/lib/auth/actor";
import { hashToken, newTokenSecret, tokenPrefix } from "@/lib/api/tokens";
import type { CreateApiTokenInput } from "@/lib/validation/api-tokens";
import { fail, ok, type Result } from "@/lib/validation/result";
import { recordAudit } from "./internal/audit";
import { requireThat } from "./internal/guards";

/** Roles that read across programs: the API is for their tools. A lead reads one program in the app. */
export const API_ROLES: readonly Role[] = ["ADMIN", "COUNCIL", "CCO"];
/** Tokens a person may hold at once (revoked and expired ones do not count). */
const MAX_ACTIVE_TOKENS = 10;

export const canUseApi = (actor: Actor) => API_ROLES.includes(actor.role);

export type ApiTokenView = { id: string; name: string; prefix: string; createdAt: Date; expiresAt: Date; lastUsedAt: Date | null; revokedAt: Date | null };

/** The actor's own tokens, newest first. */
export async function listApiTokens(actor: Actor): Promise<ApiTokenView[]> {
  requireThat(canUseApi(actor));
  return db().apiToken.findMany({
    where: { userId: actor.userId },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, prefix: true, createdAt: true, expiresAt: true, lastUsedAt: true, revokedAt: true },
  });
}

/** A new token for the actor; the secret is in the result and nowhere else. */
export async function createApiToken(actor: Actor, input: CreateApiTokenInput, now = new Date()): Promise<Result<{ id: string; secret: string; expiresAt: Date }>> {
  requireThat(canUseApi(actor));
  const secret = newTokenSecret();
  const expiresAt = new Date(now.getTime() + Number(input.lifetimeDays) * 86_400_000);
  return db().$transaction(async (tx) => {
    // Serializes one person's token creations, so the cap holds under double clicks.
    await tx.$queryRaw`SELECT 1 FROM "User" WHERE "id" = ${actor.userId}::uuid FOR UPDATE`;
    const active = await tx.apiToken.count({ where: { userId: actor.userId, revokedAt: null, expiresAt: { gt: now } } });
    if (active >= MAX_ACTIVE_TOKENS) return fail(`You already have ${MAX_ACTIVE_TOKENS} tokens in use. Revoke one you no longer need first.`);
    const token = await tx.apiToken.create({
      data: { userId: actor.userId, name: input.name, tokenHash: hashToken(secret), prefix: tokenPrefix(secret), expiresAt },
      select: { id: true },
    });
    await recordAudit(tx, actor, { action: "api-token.create", entityType: "ApiToken", entityId: token.id, after: { name: input.name, expiresAt: expiresAt.toISOString() } });
    return ok({ id: token.id, secret, expiresAt });
  });
}

/** Revokes one of the actor's tokens; its next request is refused. */
export async function revokeApiToken(actor: Actor, tokenId: string): Promise<Result<{ revoked: boolean }>> {
  requireThat(canUseApi(actor));
  return db().$transaction(async (tx) => {
    const token = await tx.apiToken.findFirst({ where: { id: tokenId, userId: actor.userId }, select: { revokedAt: true, name: true } });
    requireThat(token !== null);
    if (token.revokedAt) return ok({ revoked: false });
    await tx.apiToken.update({ where: { id: tokenId }, data: { revokedAt: new Date() } });
    await recordAudit(tx, actor, { action: "api-token.revoke", entityType: "ApiToken", entityId: tokenId, before: { name: token.name, revoked: false }, after: { revoked: true } });
    return ok({ revoked: true });
  });
}

/** Every use is audited: who, which token, what was asked and how it was answered. */
export async function recordApiUse(actor: Actor, tokenId: string, request: { method: string; path: string; status: number }, now = new Date()) {
  await db().$transaction(async (tx) => {
    await tx.apiToken.update({ where: { id: tokenId, userId: actor.userId }, data: { lastUsedAt: now } });
    await recordAudit(tx, actor, { action: "api.request", entityType: "ApiToken", entityId: tokenId, after: request });
  });
}
