// Sign-in with an external identity provider over OpenID Connect (Login.gov or any other), as a
// next-auth v4 OAuth provider. next-auth hands the provider to openid-client v5
// (next-auth/core/lib/oauth/client.js): `new issuer.Client({ client_id, redirect_uris, ...client },
// provider.jwks)`, so `client.token_endpoint_auth_method: "private_key_jwt"` plus a `jwks` holding
// the private key make openid-client sign a client assertion (RS256) at the token endpoint instead
// of sending a secret. There is no client secret.
import type { OAuthConfig } from "next-auth/providers/oauth";
import type { TokenSet } from "openid-client";
import { z } from "zod";
import type { OidcConfig } from "@/lib/env";
import { OIDC_PROVIDER_ID } from "./provider-ids";
import type { OidcRefusal } from "./sign-in-errors";

export { OIDC_PROVIDER_ID };

/** The claims this app reads, from the ID token and the userinfo response together. */
export type FederatedClaims = { sub: string; email?: unknown; email_verified?: unknown; acr?: unknown; name?: unknown };

const emailSchema = z.email();

/**
 * The e-mail to look the account up by, or why the identity provider's answer is refused: no e-mail,
 * an e-mail the provider says it has not verified, or (when acr_values were asked for) an assurance
 * level that is not one of them. The request's acr_values can be changed by whoever starts the
 * sign-in, so the returned `acr` is checked here (Login.gov returns the level granted in `acr`).
 */
export function checkClaims(claims: Omit<FederatedClaims, "sub">, acrValues: readonly string[]): { email: string } | { refused: OidcRefusal } {
  const email = typeof claims.email === "string" ? claims.email.trim().toLowerCase() : "";
  if (!emailSchema.safeParse(email).success) return { refused: "OidcNoEmail" };
  if (claims.email_verified !== undefined && claims.email_verified !== true && claims.email_verified !== "true") return { refused: "OidcEmailUnverified" };
  if (acrValues.length > 0 && !(typeof claims.acr === "string" && acrValues.includes(claims.acr))) return { refused: "OidcAssurance" };
  return { email };
}

export function oidcProvider(config: OidcConfig): OAuthConfig<FederatedClaims> {
  return {
    id: OIDC_PROVIDER_ID,
    name: config.name,
    type: "oauth",
    wellKnown: config.wellKnown,
    clientId: config.clientId,
    authorization: { params: { scope: config.scope, ...(config.acrValues.length ? { acr_values: config.acrValues.join(" ") } : {}) } },
    idToken: true,
    checks: ["pkce", "state", "nonce"],
    client: {
      token_endpoint_auth_method: "private_key_jwt",
      token_endpoint_auth_signing_alg: "RS256",
      id_token_signed_response_alg: "RS256",
    },
    // openid-client keeps only private keys from this set and signs the client assertion with the one for RS256.
    jwks: { keys: [config.privateJwk as { kty: string }] },
    token: {
      // openid-client's default client assertion names the issuer as its audience; Login.gov asks for
      // the token endpoint's URL (as OpenID Connect Core 9 recommends). Otherwise this is what
      // next-auth does itself with `idToken: true`: check state, send the PKCE code_verifier, and
      // validate the ID token (signature, issuer, audience, expiry, nonce).
      async request({ client, params, checks, provider }) {
        const tokens = await client.callback(provider.callbackUrl, params, checks, { clientAssertionPayload: { aud: client.issuer.metadata.token_endpoint } });
        return { tokens };
      },
    },
    userinfo: {
      // Login.gov's ID token carries no e-mail: it comes from the userinfo endpoint (openid-client checks
      // that its `sub` is the ID token's). The validated ID token's claims win over userinfo's.
      async request({ client, tokens }) {
        // next-auth wraps what token.request returned in openid-client's TokenSet (core/lib/oauth/callback.js).
        const tokenSet = tokens as unknown as TokenSet;
        const info = await client.userinfo(tokenSet);
        return { ...info, ...tokenSet.claims() };
      },
    },
    profile(claims) {
      return { id: claims.sub, email: typeof claims.email === "string" ? claims.email : null, name: typeof claims.name === "string" ? claims.name : null, sessionId: "" };
    },
  };
}
