// The rules of the second factor, without a database: who needs one, how long a pending sign-in
// lasts, one-time codes from an authenticator app (RFC 6238, through otplib) and recovery codes.
import { createHash, randomBytes } from "node:crypto";
import { generateSecret, generateURI, verifySync } from "otplib";
import type { Role } from "@/lib/db/generated/enums";

/** A password sign-in waits this long for its second factor (or for the person to enrol one). */
export const CHALLENGE_MINUTES = 10;
/** Wrong codes or refused passkeys before the pending sign-in is dropped and the password is asked again. */
export const CHALLENGE_FAILURES = 5;
export const RECOVERY_CODE_COUNT = 10;

/** Whether a role's password sign-in needs a second factor (SECOND_FACTOR_ROLES). */
export function needsSecondFactor(role: Role, roles: readonly Role[]): boolean {
  return roles.includes(role);
}

/** A new authenticator-app secret (160 bits, base32, as RFC 4226 recommends). */
export function newTotpSecret(): string {
  return generateSecret();
}

/** What an authenticator app reads from the QR code: the app's name and the account's e-mail. */
export function totpUri(secret: string, email: string, issuer = "CX Maturity Assessment"): string {
  return generateURI({ issuer, label: email, secret });
}

/**
 * Checks a six-digit code: the time step it matched, "used" when that step is at or before the last
 * one accepted (a code is accepted once, SP 800-63B 5.1.4.2, so one seen over a shoulder is worth
 * nothing), or "wrong". One step of clock drift either way is allowed.
 */
export function checkTotp(secret: string, code: string, lastStep: number | null, now = new Date()): { step: number } | "used" | "wrong" {
  const token = code.replace(/\s+/g, "");
  if (!/^\d{6}$/.test(token)) return "wrong";
  const result = verifySync({ secret, token, epoch: Math.floor(now.getTime() / 1000), epochTolerance: 30 });
  if (!result.valid || !("timeStep" in result)) return "wrong";
  return lastStep !== null && result.timeStep <= lastStep ? "used" : { step: result.timeStep };
}

// Recovery codes: 16 characters from an alphabet without look-alikes (80 bits), shown in groups of four.
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const bytes = randomBytes(16);
    const chars = [...bytes].map((b) => ALPHABET[b % ALPHABET.length]).join("");
    return chars.match(/.{4}/g)!.join("-");
  });
}

/** A code as typed (any case, spaces or dashes) in the form it is hashed. */
export function normalizeRecoveryCode(typed: string): string {
  return typed.toLowerCase().replace(/[\s-]+/g, "");
}

/** Recovery codes carry 80 random bits, so a plain SHA-256 is enough to keep them unreadable at rest. */
export function recoveryCodeHash(code: string): string {
  return createHash("sha256").update(normalizeRecoveryCode(code)).digest("hex");
}

/** A pending sign-in's token for the browser, and the hash the database keeps. */
export function newChallengeToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: challengeTokenHash(token) };
}

export function challengeTokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
