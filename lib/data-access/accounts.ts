import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { verifyPassword } from "@/lib/auth/password";
import { isThrottled, SIGN_IN_WINDOW_MINUTES } from "@/lib/auth/sign-in-limits";
import { recordAudit } from "./audit";

export type SignedInUser = { id: string; email: string; name: string; sessionVersion: number };

/**
 * Checks a password before anyone is signed in; the only data-access call that takes no Actor.
 * Every attempt is recorded; too many recent failures for the e-mail or the address refuse even a
 * right password until the window passes.
 */
export async function verifyCredentials(email: string, password: string, address: string): Promise<SignedInUser | null | "throttled"> {
  const typed = email.toLowerCase();
  const since = new Date(Date.now() - SIGN_IN_WINDOW_MINUTES * 60_000);
  const [forAccount, forAddress] = await Promise.all([
    db().signInAttempt.count({ where: { email: typed, succeeded: false, at: { gte: since } } }),
    db().signInAttempt.count({ where: { address, succeeded: false, at: { gte: since } } }),
  ]);
  if (isThrottled({ forAccount, forAddress })) {
    await db().signInAttempt.create({ data: { email: typed, address, succeeded: false } });
    return "throttled";
  }
  const user = await db().user.findUnique({
    where: { email: typed },
    select: { id: true, email: true, name: true, passwordHash: true, disabledAt: true, sessionVersion: true },
  });
  const matches = await verifyPassword(password, user?.passwordHash);
  const succeeded = Boolean(user && user.passwordHash && matches && !user.disabledAt);
  await db().signInAttempt.create({ data: { email: typed, address, succeeded } });
  if (!succeeded || !user) return null;
  await db().$transaction((tx) =>
    recordAudit(tx, { userId: user.id, email: user.email }, { action: "user.sign-in", entityType: "User", entityId: user.id, after: { address } }),
  );
  return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
}

/**
 * The Actor behind a session, or null when the session no longer stands: the user was disabled,
 * signed out elsewhere or had their sessions ended (sessionVersion moved on).
 */
export async function loadActor(userId: string, sessionVersion: number): Promise<Actor | null> {
  const user = await db().user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      agencyId: true,
      disabledAt: true,
      sessionVersion: true,
      memberships: { select: { programId: true } },
    },
  });
  if (!user || user.disabledAt || user.sessionVersion !== sessionVersion) return null;
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    agencyId: user.role === "CCO" ? user.agencyId : null,
    programIds: user.role === "LEAD" ? user.memberships.map((m) => m.programId) : [],
  };
}

/** Sign-out: every session issued to this user stops working on its next request. */
export async function endSessions(userId: string): Promise<void> {
  await db().$transaction(async (tx) => {
    const user = await tx.user.update({
      where: { id: userId },
      data: { sessionVersion: { increment: 1 } },
      select: { id: true, email: true },
    });
    await recordAudit(tx, { userId: user.id, email: user.email }, { action: "user.sign-out", entityType: "User", entityId: user.id });
  });
}
