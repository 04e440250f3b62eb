import "server-only";
import { db } from "@/lib/db/client";
import { CHALLENGE_MINUTES, challengeTokenHash, newChallengeToken } from "@/lib/auth/second-factor";

/**
 * A pending sign-in after a right password, for a role that needs a second factor: the token goes to
 * the browser, its hash to the database. Expired and finished ones are cleared as new ones start.
 */
export async function beginSecondFactor(userId: string, from: { address: string; userAgent: string }): Promise<string> {
  const { token, hash } = newChallengeToken();
  const now = new Date();
  await db().$transaction([
    db().signInChallenge.deleteMany({ where: { OR: [{ expiresAt: { lt: now } }, { userId, consumedAt: { not: null } }] } }),
    db().signInChallenge.create({
      data: { tokenHash: hash, userId, address: from.address, userAgent: from.userAgent.slice(0, 300), expiresAt: new Date(now.getTime() + CHALLENGE_MINUTES * 60_000) },
    }),
  ]);
  return token;
}

const factorFields = { id: true, kind: true, label: true, totpSecret: true, totpLastStep: true, credentialId: true, publicKey: true, counter: true, transports: true } as const;

/** The pending sign-in behind a token while it stands: not finished, not expired, its account not disabled. */
export async function liveChallenge(token: string, now = new Date()) {
  const tokenHash = challengeTokenHash(token);
  const challenge = await db().signInChallenge.findUnique({
    where: { tokenHash },
    select: {
      tokenHash: true,
      expiresAt: true,
      consumedAt: true,
      enrolledAt: true,
      failures: true,
      webauthnChallenge: true,
      pendingTotpSecret: true,
      user: {
        select: {
          id: true,
          email: true,
          name: true,
          disabledAt: true,
          sessionVersion: true,
          secondFactors: { select: factorFields, orderBy: { createdAt: "asc" } },
          _count: { select: { recoveryCodes: { where: { usedAt: null } } } },
        },
      },
    },
  });
  if (!challenge || challenge.consumedAt || challenge.expiresAt <= now || challenge.user.disabledAt) return null;
  return challenge;
}
export type LiveChallenge = NonNullable<Awaited<ReturnType<typeof liveChallenge>>>;
