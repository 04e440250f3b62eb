import "server-only";
import { db } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import { env } from "@/lib/env";
import { passwordContextProblem } from "@/lib/validation/password";
import type { PasswordResetRequest, SetPasswordInput } from "@/lib/validation/password-links";
import { fail, ok, type Result } from "@/lib/validation/result";
import { recordAudit } from "./internal/audit";
import { hashLinkToken, sendPasswordLink } from "./internal/password-links";

// Before sign-in: the e-mailed link's token is the credential, for one account, once, for a while.

const USED_OR_EXPIRED = "This link has been used already or has expired. Ask for a new one: “Forgot your password?” on the sign-in page.";

/** Resets asked for one account within the hour, beyond which no more e-mail is sent (no one is flooded). */
const RESETS_PER_HOUR = 3;

const liveLink = (token: string) => ({ tokenHash: hashLinkToken(token), usedAt: null, expiresAt: { gt: new Date() }, user: { disabledAt: null } });

/** Whom the link is for, while it can still be used; null otherwise. */
export async function checkPasswordLink(token: string): Promise<{ email: string; name: string; purpose: "INVITATION" | "RESET" } | null> {
  if (token.length < 20 || token.length > 100) return null;
  const link = await db().passwordLink.findFirst({ where: liveLink(token), select: { purpose: true, user: { select: { email: true, name: true } } } });
  return link ? { ...link.user, purpose: link.purpose } : null;
}

/**
 * Sets the password the link was sent for, once: the link (and any other of the account's) stops
 * working, the account's sessions end, and the change is audited, as done by the account's owner.
 */
export async function setPasswordWithLink(input: SetPasswordInput): Promise<Result<{ email: string }>> {
  const link = await db().passwordLink.findFirst({ where: liveLink(input.token), select: { id: true, purpose: true, user: { select: { id: true, email: true } } } });
  if (!link) return fail(USED_OR_EXPIRED);
  const problem = passwordContextProblem(input.password, link.user.email);
  if (problem) return fail("There is a problem with the password.", { password: [problem] });
  const passwordHash = await hashPassword(input.password);
  return db().$transaction(async (tx) => {
    // Taken in one statement: of two uses at the same moment, one wins.
    const taken = await tx.passwordLink.updateMany({ where: { id: link.id, usedAt: null, expiresAt: { gt: new Date() } }, data: { usedAt: new Date() } });
    if (taken.count === 0) return fail(USED_OR_EXPIRED);
    await tx.passwordLink.updateMany({ where: { userId: link.user.id, usedAt: null }, data: { usedAt: new Date() } });
    await tx.user.update({ where: { id: link.user.id }, data: { passwordHash, sessionVersion: { increment: 1 }, version: { increment: 1 } } });
    await recordAudit(tx, { userId: link.user.id, email: link.user.email }, { action: "user.set-password-by-link", entityType: "User", entityId: link.user.id, after: { purpose: link.purpose } });
    return ok({ email: link.user.email });
  });
}

/**
 * "Forgot your password?": e-mails a reset link when the address belongs to an account that may
 * use a password. The answer is the same either way, so it does not tell whether an account exists.
 */
export async function requestPasswordReset(input: PasswordResetRequest): Promise<Result<{ done: true }>> {
  const user = await db().user.findUnique({ where: { email: input.email }, select: { id: true, name: true, email: true, role: true, disabledAt: true } });
  const ssoOnly = user ? (env().oidc?.requiredRoles ?? []).includes(user.role) : false;
  if (user && !user.disabledAt && !ssoOnly) {
    await db().$transaction(async (tx) => {
      // Counted under the account's lock: requests at the same moment cannot all pass the limit.
      await tx.$queryRaw`SELECT "id" FROM "User" WHERE "id" = ${user.id}::uuid FOR UPDATE`;
      const recent = await tx.passwordLink.count({ where: { userId: user.id, purpose: "RESET", createdAt: { gt: new Date(Date.now() - 3_600_000) } } });
      if (recent >= RESETS_PER_HOUR) return;
      await sendPasswordLink(tx, user, "RESET");
      await recordAudit(tx, null, { action: "user.password-reset-requested", entityType: "User", entityId: user.id });
    });
  }
  return ok({ done: true });
}
