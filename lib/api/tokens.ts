// API token secrets: how they look, how they are stored, and how a request names one. Pure but for
// node:crypto.
import { createHash, randomBytes } from "node:crypto";

/** Requests per token per minute, on all instances together. */
export const API_REQUESTS_PER_MINUTE = 120;

/** Every secret starts so, which lets secret scanners recognise a leaked one. */
export const TOKEN_PREFIX = "cxm_";
/** Characters of the secret kept in clear, to tell tokens apart in a list. */
const SHOWN = TOKEN_PREFIX.length + 6;

/** A new secret: 256 random bits. */
export function newTokenSecret(): string {
  return `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
}

/** What is stored and looked up: the secret's SHA-256, in hex. */
export function hashToken(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

export function tokenPrefix(secret: string): string {
  return `${secret.slice(0, SHOWN)}…`;
}

/** The secret of an `Authorization: Bearer …` header, or null when there is none of our shape. */
export function bearerSecret(header: string | null): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  const secret = match?.[1];
  return secret && secret.startsWith(TOKEN_PREFIX) && secret.length <= 100 ? secret : null;
}
