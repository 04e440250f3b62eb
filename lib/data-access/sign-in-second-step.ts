import "server-only";
import type { AuthenticationResponseJSON } from "@simplewebauthn/server";
import { db } from "@/lib/db/client";
import { authenticationOptions, registrationOptions, verifiedAuthentication, type StoredPasskey } from "@/lib/auth/passkeys";
import { CHALLENGE_FAILURES, checkTotp, newTotpSecret, recoveryCodeHash, totpUri } from "@/lib/auth/second-factor";
import { EXPIRED, TOO_MANY_WRONG, USED_CODE, WRONG_CODE, WRONG_PASSKEY, WRONG_RECOVERY_CODE } from "@/lib/auth/sign-in-errors";
import type { SecondFactorProof } from "@/lib/validation/second-factor";
import { fail, ok, type Result } from "@/lib/validation/result";
import { recordAudit } from "./internal/audit";
import { factorRow } from "./internal/new-factor";
import { replaceRecoveryCodes } from "./internal/recovery-codes";
import { liveChallenge, type LiveChallenge } from "./internal/second-factor-challenges";
import { recordSecurityEvent } from "./internal/security-events";
import { startSession, type SignedInUser, type SignInMethod } from "./internal/start-session";
import type { NewFactor, SecondFactorStep } from "./types";

// The second step of a password sign-in, for the roles that need it (SECOND_FACTOR_ROLES), and the
// factors themselves. Before the session exists, the pending sign-in's token is the only credential:
// these calls take it instead of an Actor, as verifyCredentials takes a password.

/** What the sign-in's second step asks for: the factors the account has, or to add its first. */
export async function secondFactorStep(token: string): Promise<SecondFactorStep> {
  const challenge = await liveChallenge(token);
  if (!challenge) return { state: "expired" };
  const { email, secondFactors } = challenge.user;
  if (secondFactors.length === 0 || challenge.enrolledAt) return { state: "enrol", email };
  return {
    state: "verify",
    email,
    passkey: secondFactors.some((f) => f.kind === "PASSKEY"),
    totp: secondFactors.some((f) => f.kind === "TOTP"),
    recoveryCodesLeft: challenge.user._count.recoveryCodes,
  };
}

function passkeysOf(factors: LiveChallenge["user"]["secondFactors"]): (StoredPasskey & { id: string })[] {
  return factors.flatMap((f) =>
    f.kind === "PASSKEY" && f.credentialId && f.publicKey
      ? [{ id: f.id, credentialId: f.credentialId, publicKey: new Uint8Array(f.publicKey), counter: Number(f.counter), transports: f.transports }]
      : [],
  );
}

/** The request for the browser's passkey, its challenge kept with the pending sign-in. */
export async function passkeySignInOptions(token: string) {
  const challenge = await liveChallenge(token);
  const passkeys = challenge ? passkeysOf(challenge.user.secondFactors) : [];
  if (!challenge || passkeys.length === 0) return null;
  const options = await authenticationOptions(passkeys);
  await db().signInChallenge.update({ where: { tokenHash: challenge.tokenHash }, data: { webauthnChallenge: options.challenge } });
  return options;
}

/** First sign-in: the authenticator app's secret to scan or type, the same one until a code from it is entered. */
export async function totpEnrolment(token: string): Promise<{ secret: string; uri: string } | null> {
  const challenge = await liveChallenge(token);
  if (!challenge || challenge.user.secondFactors.length > 0) return null;
  const secret = challenge.pendingTotpSecret ?? newTotpSecret();
  if (!challenge.pendingTotpSecret) await db().signInChallenge.update({ where: { tokenHash: challenge.tokenHash }, data: { pendingTotpSecret: secret } });
  return { secret, uri: totpUri(secret, challenge.user.email) };
}

/** First sign-in: the request for the browser to make a passkey. */
export async function passkeyEnrolmentOptions(token: string) {
  const challenge = await liveChallenge(token);
  if (!challenge || challenge.user.secondFactors.length > 0) return null;
  const options = await registrationOptions(challenge.user, []);
  await db().signInChallenge.update({ where: { tokenHash: challenge.tokenHash }, data: { webauthnChallenge: options.challenge } });
  return options;
}

/**
 * First sign-in of a role that needs a second factor: adds the factor the person set up (a code from
 * the app, or the browser's new passkey) and their recovery codes; the sign-in may then complete.
 */
export async function enrolFirstFactor(token: string, input: NewFactor): Promise<Result<{ recoveryCodes: string[] }>> {
  const challenge = await liveChallenge(token);
  if (!challenge) return fail(EXPIRED);
  if (challenge.user.secondFactors.length > 0) return fail("A second factor has already been added to this account. Sign in again to use it.");
  const row = await factorRow(input, { totpSecret: challenge.pendingTotpSecret, webauthnChallenge: challenge.webauthnChallenge });
  if (!row.ok) return row;
  const { user } = challenge;
  return db().$transaction(async (tx) => {
    // The first request to get here wins; a second one (a double click) finds the pending sign-in enrolled.
    const claimed = await tx.signInChallenge.updateMany({ where: { tokenHash: challenge.tokenHash, enrolledAt: null, consumedAt: null }, data: { enrolledAt: new Date(), webauthnChallenge: null, pendingTotpSecret: null } });
    if (claimed.count === 0) return fail("A second factor has already been added to this account. Sign in again to use it.");
    const factor = await tx.secondFactor.create({ data: { ...row.value, userId: user.id }, select: { id: true } });
    const recoveryCodes = await replaceRecoveryCodes(tx, user.id);
    await recordAudit(tx, { userId: user.id, email: user.email }, { action: "security.second-factor-added", entityType: "User", entityId: user.id, after: { factorId: factor.id, kind: row.value.kind, label: input.label, at: "first sign-in" } });
    return ok({ recoveryCodes });
  });
}

type Checked = { method: SignInMethod } | { refused: string };

async function checkProof(challenge: LiveChallenge, proof: SecondFactorProof): Promise<Checked> {
  const { user } = challenge;
  switch (proof.method) {
    case "enrolled":
      return challenge.enrolledAt ? { method: "password+new-factor" } : { refused: EXPIRED };
    case "totp": {
      for (const factor of user.secondFactors) {
        if (factor.kind !== "TOTP" || !factor.totpSecret) continue;
        const lastStep = factor.totpLastStep === null ? null : Number(factor.totpLastStep);
        const checked = checkTotp(factor.totpSecret, proof.code, lastStep);
        if (checked === "wrong") continue;
        if (checked === "used") return { refused: USED_CODE };
        // Two sign-ins racing with one code: only the first moves the step on.
        const moved = await db().secondFactor.updateMany({
          where: { id: factor.id, OR: [{ totpLastStep: null }, { totpLastStep: { lt: checked.step } }] },
          data: { totpLastStep: checked.step, lastUsedAt: new Date() },
        });
        return moved.count === 1 ? { method: "password+totp" } : { refused: USED_CODE };
      }
      return { refused: WRONG_CODE };
    }
    case "passkey": {
      const response = proof.response as AuthenticationResponseJSON;
      const passkey = passkeysOf(user.secondFactors).find((p) => p.credentialId === response.id);
      if (!passkey || !challenge.webauthnChallenge) return { refused: WRONG_PASSKEY };
      // The challenge is spent whatever the answer: each one is signed once.
      await db().signInChallenge.update({ where: { tokenHash: challenge.tokenHash }, data: { webauthnChallenge: null } });
      const counter = await verifiedAuthentication(response, challenge.webauthnChallenge, passkey);
      if (counter === null) return { refused: WRONG_PASSKEY };
      await db().secondFactor.update({ where: { id: passkey.id }, data: { counter, lastUsedAt: new Date() } });
      return { method: "password+passkey" };
    }
    case "recovery": {
      const used = await db().recoveryCode.updateMany({ where: { userId: user.id, codeHash: recoveryCodeHash(proof.code), usedAt: null }, data: { usedAt: new Date() } });
      if (used.count === 0) return { refused: WRONG_RECOVERY_CODE };
      await db().auditEvent.create({
        data: { actorId: user.id, actorEmail: user.email, action: "security.recovery-code-used", entityType: "User", entityId: user.id, after: { left: user._count.recoveryCodes - 1 } },
      });
      return { method: "password+recovery-code" };
    }
  }
}

/**
 * The second step of a password sign-in: with the right proof, the pending sign-in is spent and the
 * session starts; a wrong one is counted, and CHALLENGE_FAILURES of them drop the pending sign-in.
 */
export async function completeSecondFactor(proof: SecondFactorProof, from: { address: string; userAgent: string }): Promise<SignedInUser | { refused: string }> {
  const challenge = await liveChallenge(proof.token);
  if (!challenge) return { refused: EXPIRED };
  const checked = await checkProof(challenge, proof);
  const { user } = challenge;
  if ("refused" in checked) {
    const failures = challenge.failures + 1;
    await db().signInChallenge.update({ where: { tokenHash: challenge.tokenHash }, data: { failures, ...(failures >= CHALLENGE_FAILURES ? { consumedAt: new Date() } : {}) } });
    await recordSecurityEvent({
      action: "second-factor-failed",
      source: from.address,
      actor: { userId: user.id, email: user.email },
      entityType: "User",
      entityId: user.id,
      detail: { address: from.address, method: proof.method, failures },
    });
    return { refused: failures >= CHALLENGE_FAILURES ? TOO_MANY_WRONG : checked.refused };
  }
  const spent = await db().signInChallenge.updateMany({ where: { tokenHash: challenge.tokenHash, consumedAt: null, expiresAt: { gt: new Date() } }, data: { consumedAt: new Date() } });
  if (spent.count === 0) return { refused: EXPIRED };
  return startSession(user, { ...from, method: checked.method });
}
