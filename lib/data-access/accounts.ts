import "server-only";
import { databaseReachable } from "./health";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { verifyPassword } from "@/lib/auth/password";
import { LAST_SEEN_PRECISION_MS, sessionStanding } from "@/lib/auth/session-rules";
import { isThrottled, KNOWN_ADDRESS_DAYS, SIGN_IN_WINDOW_MINUTES } from "@/lib/auth/sign-in-limits";
import { env } from "@/lib/env";
import { actorFields, actorOf } from "./internal/actor-of";
import { recordAudit } from "./internal/audit";
import { requireThat } from "./internal/guards";
import { recordSecurityEvent } from "./internal/security-events";
import { beginSecondFactor } from "./internal/second-factor-challenges";
import { startSession, type SignedInUser } from "./internal/start-session";
import { needsSecondFactor } from "@/lib/auth/second-factor";
import { fail, ok, type Result } from "@/lib/validation/result";

export type { SignedInUser } from "./internal/start-session";

/** A right password whose role needs a second factor: the sign-in continues with this pending token. */
export type SecondFactorPending = { secondFactor: string };

/**
 * Checks a password before anyone is signed in; with signInWithVerifiedEmail, the only data-access calls
 * that take no Actor.
 * Every attempt is recorded; too many recent failures for the e-mail (unless from an address that has
 * signed into it before) or for the address refuse even a right password until the window passes.
 * A role that needs a second factor gets a pending sign-in instead of a session (second-factors.ts).
 */
export async function verifyCredentials(email: string, password: string, address: string, userAgent = ""): Promise<SignedInUser | SecondFactorPending | null | "throttled" | "single-sign-on-required"> {
  const typed = email.toLowerCase();
  const since = new Date(Date.now() - SIGN_IN_WINDOW_MINUTES * 60_000);
  const knownSince = new Date(Date.now() - KNOWN_ADDRESS_DAYS * 86_400_000);
  const [forAccount, forAddress, known] = await Promise.all([
    db().signInAttempt.count({ where: { email: typed, succeeded: false, at: { gte: since } } }),
    db().signInAttempt.count({ where: { address, succeeded: false, at: { gte: since } } }),
    db().signInAttempt.findFirst({ where: { email: typed, address, succeeded: true, at: { gte: knownSince } }, select: { id: true } }),
  ]);
  if (isThrottled({ forAccount, forAddress, knownAddress: known !== null })) {
    await db().signInAttempt.create({ data: { email: typed, address, succeeded: false } });
    await signInEvent("sign-in-throttled", typed, address, { failuresForAccount: forAccount, failuresFromAddress: forAddress });
    return "throttled";
  }
  const user = await db().user.findUnique({
    where: { email: typed },
    select: { id: true, email: true, name: true, role: true, passwordHash: true, disabledAt: true, sessionVersion: true },
  });
  const matches = await verifyPassword(password, user?.passwordHash);
  // Only the right password learns that its role must use single sign-on: a guess learns nothing.
  const ssoOnly = Boolean(user && user.passwordHash && matches && !user.disabledAt && env().oidc?.requiredRoles.includes(user.role));
  const succeeded = Boolean(user && user.passwordHash && matches && !user.disabledAt) && !ssoOnly;
  await db().signInAttempt.create({ data: { email: typed, address, succeeded } });
  if (ssoOnly) return "single-sign-on-required";
  if (!succeeded || !user) {
    await signInEvent("sign-in-failed", typed, address, { account: user ? (user.disabledAt ? "disabled" : "exists") : "none" }, user?.id);
    return null;
  }
  if (needsSecondFactor(user.role, env().SECOND_FACTOR_ROLES)) return { secondFactor: await beginSecondFactor(user.id, { address, userAgent }) };
  return startSession(user, { address, userAgent, method: "password" });
}

/** A refused sign-in, for the audit log's security events: counted per address, so a spray across accounts is capped too. */
function signInEvent(action: "sign-in-failed" | "sign-in-throttled", email: string, address: string, detail: Record<string, string | number>, userId?: string) {
  return recordSecurityEvent({ action, source: address, actor: { userId: userId ?? null, email }, entityType: "User", entityId: userId ?? email, detail: { address, ...detail } });
}

/**
 * Signs in the account with this e-mail, which an identity provider has verified (lib/auth/oidc.ts);
 * the other data-access call that takes no Actor. Only accounts an administrator created may sign
 * in: an e-mail with none is refused, as is a disabled account. No password is involved, so nothing
 * is throttled here (the identity provider guards its own sign-in).
 */
export async function signInWithVerifiedEmail(email: string, address: string, userAgent = ""): Promise<SignedInUser | "not-set-up" | "disabled"> {
  const user = await db().user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, email: true, name: true, disabledAt: true, sessionVersion: true },
  });
  if (!user) return "not-set-up";
  if (user.disabledAt) return "disabled";
  return startSession(user, { address, userAgent, method: "oidc" });
}

/**
 * The Actor behind a session, or null when the session no longer stands: signed out, idle or past
 * its absolute limit, the user disabled, or all their sessions ended (sessionVersion moved on).
 */
export async function loadActor(sessionId: string): Promise<Actor | null> {
  const session = await db().session.findUnique({
    where: { id: sessionId },
    select: {
      createdAt: true,
      lastSeenAt: true,
      endedAt: true,
      sessionVersion: true,
      user: {
        select: { ...actorFields, disabledAt: true, sessionVersion: true },
      },
    },
  });
  const now = new Date();
  const limits = { idleSeconds: env().SESSION_IDLE_SECONDS, maxAgeSeconds: env().SESSION_MAX_AGE_SECONDS };
  if (!session || sessionStanding(session, now, limits) !== "active") return null;
  if (now.getTime() - session.lastSeenAt.getTime() >= LAST_SEEN_PRECISION_MS) {
    await db().session.updateMany({ where: { id: sessionId, endedAt: null }, data: { lastSeenAt: now } });
  }
  return actorOf(session.user);
}

/** Whether a session still stands, as every page checks it; "unavailable" when the database cannot say. */
export async function sessionLiveness(sessionId: string): Promise<"active" | "ended" | "unavailable"> {
  try {
    return (await loadActor(sessionId)) ? "active" : "ended";
  } catch (error) {
    if (!(await databaseReachable())) return "unavailable";
    throw error;
  }
}

/** Sign-out: this session stops working on its next request, including any copy of its cookie. */
export async function endSession(sessionId: string): Promise<void> {
  await db().$transaction(async (tx) => {
    const ended = await tx.session.updateManyAndReturn({
      where: { id: sessionId, endedAt: null },
      data: { endedAt: new Date() },
      select: { user: { select: { id: true, email: true } } },
    });
    const user = ended[0]?.user;
    if (user) await recordAudit(tx, { userId: user.id, email: user.email }, { action: "user.sign-out", entityType: "User", entityId: user.id, after: { sessionId } });
  });
}

export type SessionView = { id: string; createdAt: Date; lastSeenAt: Date; address: string; userAgent: string; current: boolean };

/** The actor's sessions that still stand, this one first, then by last activity. */
export async function listMySessions(actor: Actor, currentSessionId: string): Promise<SessionView[]> {
  const sessions = await db().session.findMany({
    where: { userId: actor.userId, endedAt: null },
    orderBy: { lastSeenAt: "desc" },
    select: { id: true, createdAt: true, lastSeenAt: true, endedAt: true, address: true, userAgent: true, sessionVersion: true, user: { select: { disabledAt: true, sessionVersion: true } } },
  });
  const now = new Date();
  const limits = { idleSeconds: env().SESSION_IDLE_SECONDS, maxAgeSeconds: env().SESSION_MAX_AGE_SECONDS };
  return sessions
    .filter((s) => sessionStanding(s, now, limits) === "active")
    .map((s) => ({ id: s.id, createdAt: s.createdAt, lastSeenAt: s.lastSeenAt, address: s.address, userAgent: s.userAgent, current: s.id === currentSessionId }))
    .sort((a, b) => Number(b.current) - Number(a.current));
}

/**
 * Ends the actor's own sessions: one of them, or every one but the current. Another person's session
 * is not found, as if it did not exist; the current one is ended by signing out.
 */
export async function endMySessions(actor: Actor, currentSessionId: string, which: { sessionId: string } | "all-others"): Promise<Result<{ ended: number }>> {
  if (which !== "all-others") {
    const session = await db().session.findFirst({ where: { id: which.sessionId, userId: actor.userId }, select: { id: true } });
    requireThat(session !== null);
    if (session.id === currentSessionId) return fail("This is the session you are using. Use “Sign out” to end it.");
  }
  return db().$transaction(async (tx) => {
    const ended = await tx.session.updateManyAndReturn({
      where: { userId: actor.userId, endedAt: null, id: which === "all-others" ? { not: currentSessionId } : which.sessionId },
      data: { endedAt: new Date() },
      select: { id: true },
    });
    for (const s of ended) await recordAudit(tx, actor, { action: "user.sign-out", entityType: "User", entityId: actor.userId, after: { sessionId: s.id, by: "session list" } });
    return ok({ ended: ended.length });
  });
}
