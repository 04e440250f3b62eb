// Sign-in throttling (OWASP ASVS 2.2.1): failures counted per e-mail as typed and per address over a
// sliding window. Counting by the typed e-mail locks unknown and known accounts alike, so a lockout
// reveals nothing about which accounts exist.
export const SIGN_IN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 10;
export const MAX_FAILURES_PER_ADDRESS = 50;

export const TOO_MANY_ATTEMPTS = `Too many failed sign-in attempts. Wait ${SIGN_IN_WINDOW_MINUTES} minutes, then try again.`;

export function isThrottled(failures: { forAccount: number; forAddress: number }): boolean {
  return failures.forAccount >= MAX_FAILURES_PER_ACCOUNT || failures.forAddress >= MAX_FAILURES_PER_ADDRESS;
}
