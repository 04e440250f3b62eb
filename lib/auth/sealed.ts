// A short text sealed by the server for one round trip through the browser's address bar: encrypted
// and authenticated (AES-256-GCM, key derived from NEXTAUTH_SECRET), with an expiry. The sign-in page
// shows the e-mail an identity provider asserted only when it comes back sealed, so a crafted link
// cannot make the page say something the server did not, and the address stays out of access logs.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

const IV_BYTES = 12;
const TAG_BYTES = 16;

function keyFor(secret: string, purpose: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "", `cx-maturity sealed ${purpose}`, 32));
}

export function seal(value: string, options: { secret: string; purpose: string; ttlSeconds: number; now?: Date }): string {
  const expires = Math.floor((options.now ?? new Date()).getTime() / 1000) + options.ttlSeconds;
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", keyFor(options.secret, options.purpose), iv);
  const body = Buffer.concat([cipher.update(JSON.stringify({ v: value, e: expires }), "utf8"), cipher.final()]);
  return Buffer.concat([iv, body, cipher.getAuthTag()]).toString("base64url");
}

/** The sealed text, or null when it was not sealed with this secret and purpose, was altered, or expired. */
export function unseal(token: string | undefined, options: { secret: string; purpose: string; now?: Date }): string | null {
  if (!token || token.length > 2048 || !/^[A-Za-z0-9_-]+$/.test(token)) return null;
  const bytes = Buffer.from(token, "base64url");
  if (bytes.length <= IV_BYTES + TAG_BYTES) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", keyFor(options.secret, options.purpose), bytes.subarray(0, IV_BYTES));
    decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
    const text = Buffer.concat([decipher.update(bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES)), decipher.final()]).toString("utf8");
    const { v, e } = JSON.parse(text) as { v?: unknown; e?: unknown };
    if (typeof v !== "string" || typeof e !== "number") return null;
    if (e * 1000 < (options.now ?? new Date()).getTime()) return null;
    return v;
  } catch {
    return null;
  }
}
