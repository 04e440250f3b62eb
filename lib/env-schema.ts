// The configuration's rules, without the server-only guard, so the start script can check them before
// it starts anything (scripts/lib/serve.ts). The app reads the configuration through lib/env.ts.
import { createPrivateKey, type JsonWebKey } from "node:crypto";
import { z } from "zod";
import { Role } from "./db/generated/enums";

/** An environment variable set to "" counts as unset. */
const optional = <T extends z.ZodType>(inner: T) => z.preprocess((value) => (value === "" ? undefined : value), inner.optional());

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** Where a private key went wrong, never the key itself: the message may reach a log. */
function readPrivateKey(text: string): { jwk: JsonWebKey } | { problem: string } {
  // A PEM in an environment file is often written on one line with literal "\n".
  const pem = text.includes("\\n") ? text.replaceAll("\\n", "\n") : text;
  if (!/-----BEGIN (RSA )?PRIVATE KEY-----/.test(pem)) {
    return { problem: "OIDC_PRIVATE_KEY must be an RSA private key in PEM format (-----BEGIN PRIVATE KEY----- … -----END PRIVATE KEY-----)" };
  }
  try {
    const key = createPrivateKey({ key: pem, format: "pem" });
    if (key.asymmetricKeyType !== "rsa") return { problem: "OIDC_PRIVATE_KEY must be an RSA key (the IdP verifies RS256 signatures)" };
    if ((key.asymmetricKeyDetails?.modulusLength ?? 0) < 2048) return { problem: "OIDC_PRIVATE_KEY must be at least 2048 bits" };
    return { jwk: key.export({ format: "jwk" }) };
  } catch {
    return { problem: "OIDC_PRIVATE_KEY could not be read as a PEM private key (an encrypted key is not supported)" };
  }
}

const oidcShape = {
  /** Single sign-on over OpenID Connect: on only when this is set. */
  OIDC_ISSUER: optional(
    z
      .url({ protocol: /^https?$/, error: "OIDC_ISSUER must be the identity provider's https:// URL, e.g. https://secure.login.gov/" })
      // (Not a URL at all is reported above.)
      .refine((url) => !URL.canParse(url) || url.startsWith("https:") || LOCAL_HOSTS.has(new URL(url).hostname), "OIDC_ISSUER must use https:// (http:// only for localhost)"),
  ),
  OIDC_CLIENT_ID: optional(z.string().trim().min(1)),
  OIDC_PRIVATE_KEY: optional(z.string()),
  OIDC_NAME: optional(z.string().trim().min(1).max(40, "OIDC_NAME must be at most 40 characters")),
  OIDC_SCOPE: optional(
    z
      .string()
      .trim()
      .refine((scope) => scope.split(/\s+/).includes("openid") && scope.split(/\s+/).includes("email"), 'OIDC_SCOPE must include "openid" and "email"'),
  ),
  OIDC_ACR_VALUES: optional(z.string().trim().min(1)),
  /** Roles that must sign in with the identity provider (which enforces their second factor): the password form refuses them. */
  OIDC_REQUIRED_ROLES: optional(
    z
      .string()
      .trim()
      .transform((list) => list.split(/[\s,]+/).filter(Boolean))
      .pipe(z.array(z.enum(Role, { error: `OIDC_REQUIRED_ROLES must list roles among ${Object.values(Role).join(", ")}, separated by commas` })).min(1)),
  ),
};
type OidcVariables = z.infer<z.ZodObject<typeof oidcShape>>;

/** Single sign-on's settings from its variables (null: off), or z.NEVER with the problems added to ctx. */
function oidcFrom(value: OidcVariables, ctx: z.core.$RefinementCtx) {
  const { OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_PRIVATE_KEY, OIDC_NAME, OIDC_SCOPE, OIDC_ACR_VALUES, OIDC_REQUIRED_ROLES } = value;
  if (!OIDC_ISSUER) {
    const stray = Object.entries({ OIDC_CLIENT_ID, OIDC_PRIVATE_KEY, OIDC_ACR_VALUES, OIDC_REQUIRED_ROLES }).find(([, v]) => v !== undefined)?.[0];
    if (stray) ctx.addIssue({ code: "custom", path: ["OIDC_ISSUER"], message: `OIDC_ISSUER is required when ${stray} is set (single sign-on is on only with an issuer)` });
    return null;
  }
  if (!OIDC_CLIENT_ID) ctx.addIssue({ code: "custom", path: ["OIDC_CLIENT_ID"], message: "OIDC_CLIENT_ID is required when OIDC_ISSUER is set: the client id the identity provider gave this app" });
  const key = OIDC_PRIVATE_KEY
    ? readPrivateKey(OIDC_PRIVATE_KEY)
    : { problem: "OIDC_PRIVATE_KEY is required when OIDC_ISSUER is set: the RSA private key (PEM) whose public key is registered with the identity provider" };
  if ("problem" in key) ctx.addIssue({ code: "custom", path: ["OIDC_PRIVATE_KEY"], message: key.problem });
  if (!OIDC_CLIENT_ID || "problem" in key) return z.NEVER;
  const issuer = OIDC_ISSUER.replace(/\/+$/, "");
  return {
    issuer,
    /** The issuer's discovery document. */
    wellKnown: `${issuer}/.well-known/openid-configuration`,
    clientId: OIDC_CLIENT_ID,
    privateJwk: { ...key.jwk, alg: "RS256", use: "sig" },
    name: OIDC_NAME ?? "Login.gov",
    scope: (OIDC_SCOPE ?? "openid email").split(/\s+/).join(" "),
    acrValues: OIDC_ACR_VALUES ? OIDC_ACR_VALUES.split(/\s+/) : [],
    requiredRoles: OIDC_REQUIRED_ROLES ?? [],
  };
}

/** Next.js reads NEXT_SERVER_ACTIONS_ENCRYPTION_KEY as a raw AES-GCM key: 16, 24 or 32 bytes (it makes 32 itself). */
const ACTION_KEY_BYTES = [16, 24, 32];

const actionEncryptionKey = z
  .string()
  .refine(
    (v) => /^[A-Za-z0-9+/]+={0,2}$/.test(v) && v.length % 4 === 0 && ACTION_KEY_BYTES.includes(Buffer.from(v, "base64").length),
    "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY must be an AES key in base64 (16, 24 or 32 random bytes), e.g. from `openssl rand -base64 32`",
  );

// The server refuses to run on a wrong configuration.
const schema = z
  .object({
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: "DATABASE_URL must be a postgresql:// URL" }),
    NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters"),
    /** Absolute limit of a session, however active. */
    SESSION_MAX_AGE_SECONDS: z.coerce.number().int().min(300).max(86_400).default(8 * 60 * 60),
    /** A session without a request for this long ends (NIST SP 800-63B, AAL2: 30 minutes). */
    SESSION_IDLE_SECONDS: z.coerce.number().int().min(60).max(86_400).default(30 * 60),
    /**
     * Read by Next.js itself, not by this app: the key that encrypts server actions' closed-over
     * arguments in pages. Given to `next build`, it also salts the action ids and is embedded in the
     * build; given at run time, it overrides the embedded one. Optional for one instance (each build
     * makes its own); required, the same for every build and instance, when several instances serve
     * one installation (README, "Running several instances").
     */
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: optional(actionEncryptionKey),
    /** The public URL: passkeys are bound to its host name (WebAuthn's relying party) and origin. */
    NEXTAUTH_URL: optional(z.url({ protocol: /^https?$/, error: "NEXTAUTH_URL must be the app's public http(s):// URL" })).default("http://localhost:3000"),
    /**
     * Roles whose password sign-in needs a second factor (a passkey or an authenticator app), enrolled
     * on their first sign-in; "none" for no role. Single sign-on leaves the second factor to the
     * identity provider.
     */
    SECOND_FACTOR_ROLES: optional(
      z
        .string()
        .trim()
        .transform((list) => (list.toLowerCase() === "none" ? [] : list.split(/[\s,]+/).filter(Boolean)))
        .pipe(z.array(z.enum(Role, { error: `SECOND_FACTOR_ROLES must list roles among ${Object.values(Role).join(", ")}, separated by commas, or be "none"` }))),
    ).default([Role.ADMIN, Role.COUNCIL]),
    /**
     * Where e-mail goes: smtp:// or smtps:// with credentials in the URL when needed. Unset, nothing
     * leaves the app: messages are kept for administrators under Administration → Outgoing mail.
     */
    SMTP_URL: optional(z.url({ protocol: /^smtps?$/, error: "SMTP_URL must be an smtp:// or smtps:// URL, e.g. smtps://user:password@mail.example.gov:465" })),
    /** The sender of every e-mail. */
    MAIL_FROM: optional(z.string().trim().min(3)).default('"CX Maturity Assessment" <no-reply@localhost>'),
    /**
     * "in-app" (the default): every app process also runs the job worker (e-mail, reminders, digests).
     * "off": it runs none, for installs that run `npm run worker` on its own.
     */
    WORKER: optional(z.enum(["in-app", "off"], { error: 'WORKER must be "in-app" or "off"' })).default("in-app"),
    ...oidcShape,
  })
  .transform((value, ctx) => {
    const { OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_PRIVATE_KEY, OIDC_NAME, OIDC_SCOPE, OIDC_ACR_VALUES, OIDC_REQUIRED_ROLES, ...rest } = value;
    const oidc = oidcFrom({ OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_PRIVATE_KEY, OIDC_NAME, OIDC_SCOPE, OIDC_ACR_VALUES, OIDC_REQUIRED_ROLES }, ctx);
    return { ...rest, oidc };
  });

export type Env = z.infer<typeof schema>;
export type OidcConfig = NonNullable<Env["oidc"]>;

const describe = (error: z.ZodError) => error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");

/** The configuration in `source`, or an error that names every problem (never a secret's value). */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) throw new Error(`Invalid configuration: ${describe(parsed.error)}`);
  return parsed.data;
}

const oidcSchema = z.object(oidcShape).transform(oidcFrom);

/** What is wrong with the single sign-on variables in `source`, or null: for a start to refuse early. */
export function singleSignOnProblem(source: Record<string, string | undefined>): string | null {
  const parsed = oidcSchema.safeParse(source);
  return parsed.success ? null : `Invalid configuration: ${describe(parsed.error)}`;
}

