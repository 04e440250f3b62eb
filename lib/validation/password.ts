import { z } from "zod";
import { text } from "./text";

// Rules for a new password, after NIST SP 800-63B rev. 4 (§3.1.1.2, a password as the only factor):
// length, every character allowed, no composition rules ("a digit and a symbol"), no passwords from
// breaches, none built on the service's or the account's name. The one source of those rules:
// `passwordSchema` here is what a form can check (it has no list, so none reaches a browser);
// `serverPasswordSchema` (lib/auth/breached-passwords.ts) is the same schema plus the breached list, for
// everything that sets a password on the server.

export const PASSWORD_MIN_CHARACTERS = 15;

/**
 * bcrypt reads the first 72 bytes of a password and silently ignores the rest, so two passwords sharing
 * those bytes would unlock the same account. A longer password is refused with its own message rather
 * than pre-hashed (bcrypt of a SHA-256), which would change the format of every stored hash. 72 bytes are
 * 72 characters typed on a US keyboard, more than the 64 NIST asks to allow; accented and non-Latin
 * letters take 2 to 4 bytes each.
 */
export const PASSWORD_MAX_BYTES = 72;

/** What the account forms say under their password field. */
export const PASSWORD_HINT = `At least ${PASSWORD_MIN_CHARACTERS} characters: a few unrelated words with spaces between them work well. Not a password exposed in a data breach, and not built on the person’s email address.`;

export const PASSWORD_TOO_LONG = `Use a shorter password: at most ${PASSWORD_MAX_BYTES} bytes, which is ${PASSWORD_MAX_BYTES} characters typed on a US keyboard and fewer with accented or non-Latin letters, which take 2 to 4 bytes each.`;
export const BREACHED_PASSWORD = "This password appears in a list of passwords exposed in data breaches. Choose another.";
export const SERVICE_NAME_IN_PASSWORD = "Don’t use the name of this service (CX Maturity) in the password: it is among the first guesses against it. Choose another.";
export const EMAIL_IN_PASSWORD = "Don’t use the account’s email address, or the part before the @, in the password. Choose another.";

/** Words an attacker tries first against this service, besides the account's own e-mail. */
const SERVICE_WORDS = ["cx maturity"];

/**
 * Compatibility forms folded into one (NFKC), before the length check, the list check and hashing, so
 * the same password typed as composed or decomposed characters ("é" or "e" + U+0301), or as a ligature
 * or full-width letters, is one password. Sign-in compares the same form (lib/auth/password.ts).
 */
export const normalizePassword = (password: string) => password.normalize("NFKC");

/** Characters as NIST counts them: Unicode code points, so "é" or an emoji counts once. */
export const passwordLength = (password: string) => [...password].length;

const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;

/** What is wrong with the length of a normalized password, or null. */
export function passwordLengthProblem(password: string): string | null {
  if (password.length === 0) return "Enter a password";
  const length = passwordLength(password);
  if (length < PASSWORD_MIN_CHARACTERS) {
    return `Use at least ${PASSWORD_MIN_CHARACTERS} characters (this one has ${length}). A few unrelated words with spaces between them are long enough and easy to remember.`;
  }
  if (utf8Bytes(password) > PASSWORD_MAX_BYTES) return PASSWORD_TOO_LONG;
  return null;
}

/** Letters and digits only, lowercased: "CX-Maturity" and "cxmaturity" fold to the same text. */
const fold = (text: string) => normalizePassword(text).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/** A password built on the service's name or on the account's e-mail address: the problem, or null. */
export function passwordContextProblem(password: string, email: string | null | undefined): string | null {
  const folded = fold(password);
  if (SERVICE_WORDS.some((word) => folded.includes(fold(word)))) return SERVICE_NAME_IN_PASSWORD;
  const localPart = fold(email?.split("@")[0] ?? "");
  // A local part of one or two letters would refuse too many passphrases to be worth it.
  if (localPart.length >= 3 && folded.includes(localPart)) return EMAIL_IN_PASSWORD;
  return null;
}

/** A new password: normalized (NFKC), then its length checked. Its output is what gets hashed. */
export const passwordSchema = text({ error: "Enter a password" })
  // Bounds the work of normalizing; nothing this long can come back under the byte limit.
  .max(1_000, PASSWORD_TOO_LONG)
  .transform(normalizePassword)
  .superRefine((password, ctx) => {
    const problem = passwordLengthProblem(password);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });
export type PasswordSchema = typeof passwordSchema;

/**
 * For a form that has the account's `email` next to its `password`: refuses a password built on either
 * context word. Only once the length is right, so a field gets one message at a time.
 */
export function refusePasswordContext<T extends { email: string; password: string }>(value: T, ctx: z.core.$RefinementCtx<T>) {
  if (passwordLengthProblem(value.password) !== null) return;
  const problem = passwordContextProblem(value.password, value.email);
  if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: problem });
}
