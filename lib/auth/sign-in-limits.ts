// Sign-in throttling (OWASP ASVS 2.2.1): failures counted per e-mail as typed and per address over a
// sliding window. Counting by the typed e-mail locks unknown and known accounts alike, so a lockout
// reveals nothing about which accounts exist.
//
// A lock per account is also a way to keep its owner out: anyone can type the administrator's e-mail
// ten times. So the account's lock does not hold for an address that has signed into that account
// before (within KNOWN_ADDRESS_DAYS): the owner, at their usual desk, still gets in, while guesses from
// anywhere else stay locked out. The per-address limit holds for every address, known or not, and the
// address is the one the HTTP server trusts (lib/security/client-address.ts), not one a client names.
export const SIGN_IN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 10;
export const MAX_FAILURES_PER_ADDRESS = 50;
/** How long a successful sign-in makes its address known to the account. */
export const KNOWN_ADDRESS_DAYS = 90;

export const TOO_MANY_ATTEMPTS = `Too many failed sign-in attempts. Wait ${SIGN_IN_WINDOW_MINUTES} minutes, then try again.`;

export function isThrottled(failures: { forAccount: number; forAddress: number; knownAddress: boolean }): boolean {
  return (failures.forAccount >= MAX_FAILURES_PER_ACCOUNT && !failures.knownAddress) || failures.forAddress >= MAX_FAILURES_PER_ADDRESS;
}
