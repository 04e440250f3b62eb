import { generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { checkClaims, oidcProvider } from "./oidc";
import { signInErrorMessage } from "./sign-in-errors";

const IAL1 = "http://idmanagement.gov/ns/assurance/ial/1";
const IAL2 = "http://idmanagement.gov/ns/assurance/ial/2";

describe("the identity provider's claims", () => {
  it("give the e-mail, trimmed and lowercased", () => {
    expect(checkClaims({ email: " Ada.Lovelace@Agency.GOV ", email_verified: true }, [])).toEqual({ email: "ada.lovelace@agency.gov" });
    expect(checkClaims({ email: "ada@agency.gov" }, [])).toEqual({ email: "ada@agency.gov" });
  });

  it("are refused without an e-mail, or with one the provider has not verified", () => {
    expect(checkClaims({}, [])).toEqual({ refused: "OidcNoEmail" });
    expect(checkClaims({ email: "not an address" }, [])).toEqual({ refused: "OidcNoEmail" });
    expect(checkClaims({ email: 42 }, [])).toEqual({ refused: "OidcNoEmail" });
    expect(checkClaims({ email: "ada@agency.gov", email_verified: false }, [])).toEqual({ refused: "OidcEmailUnverified" });
    expect(checkClaims({ email: "ada@agency.gov", email_verified: "false" }, [])).toEqual({ refused: "OidcEmailUnverified" });
  });

  it("must carry one of the asked-for assurance levels when acr_values are configured", () => {
    const claims = { email: "ada@agency.gov", email_verified: true };
    expect(checkClaims({ ...claims, acr: IAL1 }, [IAL1])).toEqual({ email: "ada@agency.gov" });
    expect(checkClaims({ ...claims, acr: IAL2 }, [IAL1, IAL2])).toEqual({ email: "ada@agency.gov" });
    expect(checkClaims({ ...claims, acr: IAL1 }, [IAL2])).toEqual({ refused: "OidcAssurance" });
    expect(checkClaims(claims, [IAL1])).toEqual({ refused: "OidcAssurance" });
  });
});

describe("the next-auth provider", () => {
  const pem = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "pem", type: "pkcs8" }).toString();
  const config = parseEnv({
    DATABASE_URL: "postgresql://cx:pw@127.0.0.1:5432/cx",
    NEXTAUTH_SECRET: "x".repeat(40),
    OIDC_ISSUER: "https://idp.int.identitysandbox.gov/",
    OIDC_CLIENT_ID: "cx",
    OIDC_PRIVATE_KEY: pem,
    OIDC_ACR_VALUES: IAL1,
  }).oidc!;

  it("authenticates with private_key_jwt (RS256) and PKCE, state and nonce, and no client secret", () => {
    const provider = oidcProvider(config);
    expect(provider).toMatchObject({
      id: "oidc",
      type: "oauth",
      wellKnown: "https://idp.int.identitysandbox.gov/.well-known/openid-configuration",
      clientId: "cx",
      idToken: true,
      checks: ["pkce", "state", "nonce"],
      client: { token_endpoint_auth_method: "private_key_jwt", token_endpoint_auth_signing_alg: "RS256", id_token_signed_response_alg: "RS256" },
      authorization: { params: { scope: "openid email", acr_values: IAL1 } },
    });
    expect(provider.clientSecret).toBeUndefined();
    expect(provider.jwks?.keys).toEqual([expect.objectContaining({ kty: "RSA", alg: "RS256", use: "sig", d: expect.any(String) })]);
  });
});

describe("sign-in page messages", () => {
  it("say who was refused only when told, and never repeat an unknown code", () => {
    expect(signInErrorMessage("OidcNotSetUp", { provider: "Login.gov", email: "ada@agency.gov" })).toBe(
      "Your Login.gov account (ada@agency.gov) is not set up in CX Maturity Assessment. Ask your agency’s administrator to add you.",
    );
    expect(signInErrorMessage("OidcNotSetUp", { provider: "Login.gov" })).toBe(
      "Your Login.gov account is not set up in CX Maturity Assessment. Ask your agency’s administrator to add you.",
    );
    expect(signInErrorMessage("<b>Call 555-0100</b>", { provider: "Login.gov" })).toBe(
      "Sign-in with Login.gov did not complete. Try again, or sign in with your email address and password.",
    );
    expect(signInErrorMessage(undefined, { provider: "Login.gov" })).toBeUndefined();
    expect(signInErrorMessage("OidcNotSetUp", {})).toBeUndefined();
  });
});
