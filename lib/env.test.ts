import { generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";
import { singleSignOnProblem } from "./env-schema";

const base = { DATABASE_URL: "postgresql://cx:pw@127.0.0.1:5432/cx", NEXTAUTH_SECRET: "x".repeat(40) };
const rsa = generateKeyPairSync("rsa", { modulusLength: 2048 });
const pem = rsa.privateKey.export({ format: "pem", type: "pkcs8" }).toString();
const oidc = { OIDC_ISSUER: "https://idp.int.identitysandbox.gov/", OIDC_CLIENT_ID: "urn:gov:gsa:openidconnect.profiles:sp:sso:agency:cx", OIDC_PRIVATE_KEY: pem };

function problem(source: Record<string, string | undefined>): string {
  try {
    parseEnv(source);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("expected the configuration to be refused");
}

describe("single sign-on configuration", () => {
  it("is off by default, and when its variables are empty", () => {
    expect(parseEnv(base).oidc).toBeNull();
    expect(parseEnv({ ...base, OIDC_ISSUER: "", OIDC_CLIENT_ID: "", OIDC_PRIVATE_KEY: "", OIDC_NAME: "" }).oidc).toBeNull();
  });

  it("is on with an issuer, a client id and a private key; Login.gov's defaults otherwise", () => {
    const config = parseEnv({ ...base, ...oidc }).oidc;
    expect(config).toMatchObject({
      issuer: "https://idp.int.identitysandbox.gov",
      wellKnown: "https://idp.int.identitysandbox.gov/.well-known/openid-configuration",
      clientId: oidc.OIDC_CLIENT_ID,
      name: "Login.gov",
      scope: "openid email",
      acrValues: [],
      requiredRoles: [],
    });
    expect(config?.privateJwk).toMatchObject({ kty: "RSA", alg: "RS256", use: "sig", n: rsa.publicKey.export({ format: "jwk" }).n });
    expect(config?.privateJwk.d).toBeTruthy();
  });

  it("takes the button name, scope and acr_values when given", () => {
    const config = parseEnv({
      ...base,
      ...oidc,
      OIDC_NAME: "Agency SSO",
      OIDC_SCOPE: "openid  email profile",
      OIDC_ACR_VALUES: "http://idmanagement.gov/ns/assurance/ial/1 http://idmanagement.gov/ns/assurance/aal/2",
    }).oidc;
    expect(config).toMatchObject({
      name: "Agency SSO",
      scope: "openid email profile",
      acrValues: ["http://idmanagement.gov/ns/assurance/ial/1", "http://idmanagement.gov/ns/assurance/aal/2"],
    });
  });

  it("reads the roles that must sign in with the identity provider, and refuses an unknown one or no issuer", () => {
    expect(parseEnv({ ...base, ...oidc, OIDC_REQUIRED_ROLES: "ADMIN, COUNCIL" }).oidc?.requiredRoles).toEqual(["ADMIN", "COUNCIL"]);
    expect(problem({ ...base, ...oidc, OIDC_REQUIRED_ROLES: "ADMIN,ROOT" })).toContain("OIDC_REQUIRED_ROLES must list roles among LEAD, RESPONDENT, CCO, COUNCIL, ADMIN");
    expect(problem({ ...base, OIDC_REQUIRED_ROLES: "ADMIN" })).toContain("OIDC_ISSUER is required when OIDC_REQUIRED_ROLES is set");
  });

  it("reads a PEM written on one line with \\n, and a PKCS #1 key", () => {
    expect(parseEnv({ ...base, ...oidc, OIDC_PRIVATE_KEY: pem.trim().replaceAll("\n", "\\n") }).oidc).not.toBeNull();
    const pkcs1 = rsa.privateKey.export({ format: "pem", type: "pkcs1" }).toString();
    expect(pkcs1).toContain("BEGIN RSA PRIVATE KEY");
    expect(parseEnv({ ...base, ...oidc, OIDC_PRIVATE_KEY: pkcs1 }).oidc).not.toBeNull();
  });

  it("refuses a partial configuration, naming what is missing", () => {
    const message = problem({ ...base, OIDC_ISSUER: oidc.OIDC_ISSUER });
    expect(message).toContain("OIDC_CLIENT_ID is required when OIDC_ISSUER is set");
    expect(message).toContain("OIDC_PRIVATE_KEY is required when OIDC_ISSUER is set");
    expect(problem({ ...base, OIDC_ISSUER: oidc.OIDC_ISSUER, OIDC_CLIENT_ID: "cx" })).toMatch(/OIDC_PRIVATE_KEY is required/);
    expect(problem({ ...base, OIDC_CLIENT_ID: "cx", OIDC_PRIVATE_KEY: pem })).toContain("OIDC_ISSUER is required when OIDC_CLIENT_ID is set");
    expect(problem({ ...base, OIDC_ACR_VALUES: "http://idmanagement.gov/ns/assurance/ial/1" })).toContain("OIDC_ISSUER is required when OIDC_ACR_VALUES is set");
  });

  it("refuses an issuer without https, except on localhost", () => {
    expect(problem({ ...base, ...oidc, OIDC_ISSUER: "http://idp.agency.gov" })).toContain("OIDC_ISSUER must use https://");
    expect(problem({ ...base, ...oidc, OIDC_ISSUER: "not a url" })).toContain("OIDC_ISSUER must be the identity provider's https:// URL");
    expect(parseEnv({ ...base, ...oidc, OIDC_ISSUER: "http://localhost:3900" }).oidc?.issuer).toBe("http://localhost:3900");
  });

  it("refuses a key that is not an RSA private key of 2048 bits or more, without repeating it", () => {
    const garbage = "-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5\n-----END PRIVATE KEY-----";
    const unreadable = problem({ ...base, ...oidc, OIDC_PRIVATE_KEY: garbage });
    expect(unreadable).toContain("OIDC_PRIVATE_KEY could not be read as a PEM private key");
    expect(unreadable).not.toContain("bm90IGEga2V5");
    expect(problem({ ...base, ...oidc, OIDC_PRIVATE_KEY: '{"kty":"RSA"}' })).toContain("OIDC_PRIVATE_KEY must be an RSA private key in PEM format");
    const publicPem = rsa.publicKey.export({ format: "pem", type: "spki" }).toString();
    expect(problem({ ...base, ...oidc, OIDC_PRIVATE_KEY: publicPem })).toContain("OIDC_PRIVATE_KEY must be an RSA private key in PEM format");
    const ec = generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey.export({ format: "pem", type: "pkcs8" }).toString();
    expect(problem({ ...base, ...oidc, OIDC_PRIVATE_KEY: ec })).toContain("OIDC_PRIVATE_KEY must be an RSA key");
    const short = generateKeyPairSync("rsa", { modulusLength: 1024 }).privateKey.export({ format: "pem", type: "pkcs8" }).toString();
    const tooShort = problem({ ...base, ...oidc, OIDC_PRIVATE_KEY: short });
    expect(tooShort).toContain("OIDC_PRIVATE_KEY must be at least 2048 bits");
    expect(tooShort).not.toContain(short.split("\n")[1]);
  });

  it("can be checked on its own, before a start opens anything", () => {
    expect(singleSignOnProblem({})).toBeNull();
    expect(singleSignOnProblem({ ...oidc })).toBeNull();
    expect(singleSignOnProblem({ OIDC_ISSUER: oidc.OIDC_ISSUER })).toContain("OIDC_CLIENT_ID is required when OIDC_ISSUER is set");
  });

  it("refuses a scope without openid and email", () => {
    expect(problem({ ...base, ...oidc, OIDC_SCOPE: "openid profile" })).toContain('OIDC_SCOPE must include "openid" and "email"');
  });
});

describe("second factor configuration", () => {
  it("asks administrators and council members by default, reads a list, and takes none", () => {
    expect(parseEnv(base).SECOND_FACTOR_ROLES).toEqual(["ADMIN", "COUNCIL"]);
    expect(parseEnv({ ...base, SECOND_FACTOR_ROLES: "" }).SECOND_FACTOR_ROLES).toEqual(["ADMIN", "COUNCIL"]);
    expect(parseEnv({ ...base, SECOND_FACTOR_ROLES: "ADMIN, COUNCIL CCO" }).SECOND_FACTOR_ROLES).toEqual(["ADMIN", "COUNCIL", "CCO"]);
    expect(parseEnv({ ...base, SECOND_FACTOR_ROLES: "none" }).SECOND_FACTOR_ROLES).toEqual([]);
    expect(problem({ ...base, SECOND_FACTOR_ROLES: "ADMIN,ROOT" })).toContain("SECOND_FACTOR_ROLES must list roles among LEAD, RESPONDENT, CCO, COUNCIL, ADMIN");
  });

  it("binds passkeys to NEXTAUTH_URL, an http(s) URL", () => {
    expect(parseEnv(base).NEXTAUTH_URL).toBe("http://localhost:3000");
    expect(problem({ ...base, NEXTAUTH_URL: "cx.agency.gov" })).toContain("NEXTAUTH_URL must be the app's public http(s):// URL");
  });
});
