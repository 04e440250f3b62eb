import "server-only";
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type RegistrationResponseJSON,
} from "@simplewebauthn/server";
import { env } from "@/lib/env";
import { APP_NAME } from "./sign-in-errors";

// Passkeys and security keys (WebAuthn) through @simplewebauthn/server. The relying party is the host
// of NEXTAUTH_URL: a passkey made here works only on that host, which is what defeats phishing.
// A passkey is the second factor after the password, so user verification (a PIN or a fingerprint)
// is welcome but not required (SP 800-63B AAL2).

function relyingParty() {
  const url = new URL(env().NEXTAUTH_URL);
  return { rpID: url.hostname, origin: url.origin };
}

export type StoredPasskey = { credentialId: string; publicKey: Uint8Array<ArrayBuffer>; counter: number; transports: string[] };

export function registrationOptions(user: { id: string; email: string; name: string }, existing: readonly Pick<StoredPasskey, "credentialId" | "transports">[]) {
  return generateRegistrationOptions({
    rpName: APP_NAME,
    rpID: relyingParty().rpID,
    userName: user.email,
    userDisplayName: user.name,
    userID: new TextEncoder().encode(user.id),
    attestationType: "none",
    excludeCredentials: existing.map((p) => ({ id: p.credentialId, transports: p.transports })),
    authenticatorSelection: { residentKey: "preferred", userVerification: "preferred" },
  });
}

/** The new passkey, or null when the browser's answer does not prove one for this challenge and site. */
export async function verifiedRegistration(response: RegistrationResponseJSON, expectedChallenge: string): Promise<StoredPasskey | null> {
  const { rpID, origin } = relyingParty();
  const result = await verifyRegistrationResponse({ response, expectedChallenge, expectedOrigin: origin, expectedRPID: rpID, requireUserVerification: false }).catch(() => null);
  if (!result?.verified) return null;
  const { credential } = result.registrationInfo;
  return { credentialId: credential.id, publicKey: new Uint8Array(credential.publicKey), counter: credential.counter, transports: credential.transports ?? [] };
}

export function authenticationOptions(passkeys: readonly StoredPasskey[]) {
  return generateAuthenticationOptions({
    rpID: relyingParty().rpID,
    allowCredentials: passkeys.map((p) => ({ id: p.credentialId, transports: p.transports })),
    userVerification: "preferred",
  });
}

/** The passkey's new signature counter, or null when the answer is not a signature by this passkey over this challenge. */
export async function verifiedAuthentication(response: AuthenticationResponseJSON, expectedChallenge: string, passkey: StoredPasskey): Promise<number | null> {
  const { rpID, origin } = relyingParty();
  const result = await verifyAuthenticationResponse({
    response,
    expectedChallenge,
    expectedOrigin: origin,
    expectedRPID: rpID,
    credential: { id: passkey.credentialId, publicKey: passkey.publicKey, counter: passkey.counter, transports: passkey.transports },
    requireUserVerification: false,
  }).catch(() => null);
  return result?.verified ? result.authenticationInfo.newCounter : null;
}
