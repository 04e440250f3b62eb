import "server-only";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { recordAudit } from "./audit";

export type SignedInUser = { id: string; email: string; name: string; sessionId: string };

export type SignInMethod = "password" | "password+totp" | "password+passkey" | "password+recovery-code" | "password+new-factor" | "oidc";

/**
 * The one place a session starts, for every way of signing in: a new session (a new id), this user's
 * ended sessions cleared, and a `user.sign-in` audit event saying how, all in one transaction.
 */
export async function startSession(
  user: { id: string; email: string; name: string; sessionVersion: number },
  how: { address: string; userAgent: string; method: SignInMethod },
): Promise<SignedInUser> {
  const session = await db().$transaction(async (tx) => {
    const staleBefore = new Date(Date.now() - env().SESSION_MAX_AGE_SECONDS * 1000);
    await tx.session.deleteMany({ where: { userId: user.id, OR: [{ endedAt: { not: null } }, { createdAt: { lt: staleBefore } }] } });
    const created = await tx.session.create({ data: { userId: user.id, sessionVersion: user.sessionVersion, address: how.address, userAgent: how.userAgent.slice(0, 300) }, select: { id: true } });
    await recordAudit(tx, { userId: user.id, email: user.email }, {
      action: "user.sign-in",
      entityType: "User",
      entityId: user.id,
      after: { address: how.address, sessionId: created.id, method: how.method },
    });
    return created;
  });
  return { id: user.id, email: user.email, name: user.name, sessionId: session.id };
}
