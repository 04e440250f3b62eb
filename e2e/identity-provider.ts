// A real OpenID Connect provider for the single sign-on tests (the `oidc-provider` package, the one
// many production IdPs are built on), set up as Login.gov sets up a client: authorization code flow,
// PKCE required, the client authenticated only by private_key_jwt (RS256) with the public key
// registered for it, and the client assertion's audience the token endpoint. The ID token carries
// no e-mail (as Login.gov's): it comes from the userinfo endpoint. Its sign-in page is a minimal one
// of its own: a username, no password. It records what the app sent it, for the tests to check.
import { randomBytes, generateKeyPairSync, type JsonWebKey } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import Provider, { errors, type Configuration, type KoaContextWithOIDC } from "oidc-provider";

export type TestAccount = { email: string; email_verified?: boolean };

export type Observed = {
  authorizations: { codeChallengeMethod?: string; acrValues?: string; scope?: string }[];
  tokenRequests: { clientAuthMethod?: string; hadCodeVerifier: boolean }[];
  clientAssertions: { header: Record<string, unknown>; claims: Record<string, unknown> }[];
};

export type TestIdentityProvider = {
  issuer: string;
  tokenEndpoint: string;
  authorizationEndpoint: string;
  observed: Observed;
  stop(): Promise<void>;
};

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function loginPage(uid: string, clientId: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Test identity provider: sign in</title></head>
<body><main>
<h1>Sign in to the test identity provider</h1>
<p>For ${escapeHtml(clientId)}</p>
<form method="post" action="/interaction/${escapeHtml(uid)}">
<label for="login">Username</label> <input id="login" name="login" autocomplete="off" required>
<button type="submit">Continue</button>
</form>
</main></body></html>`;
}

async function readBody(request: http.IncomingMessage): Promise<string> {
  let body = "";
  for await (const chunk of request) body += String(chunk);
  return body;
}

export async function startIdentityProvider(options: {
  port: number;
  clientId: string;
  clientPublicJwk: JsonWebKey;
  redirectUri: string;
  accounts: Record<string, TestAccount>;
  /** The assurance level every sign-in here reaches (the ID token's `acr`). */
  acr: string;
}): Promise<TestIdentityProvider> {
  const issuer = `http://localhost:${options.port}`;
  const signingKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "jwk" });
  const observed: Observed = { authorizations: [], tokenRequests: [], clientAssertions: [] };
  let tokenEndpoint = "";

  const configuration: Configuration = {
    clients: [
      {
        client_id: options.clientId,
        redirect_uris: [options.redirectUri],
        response_types: ["code"],
        grant_types: ["authorization_code"],
        token_endpoint_auth_method: "private_key_jwt",
        token_endpoint_auth_signing_alg: "RS256",
        id_token_signed_response_alg: "RS256",
        jwks: { keys: [{ ...options.clientPublicJwk, alg: "RS256", use: "sig" } as never] },
      },
    ],
    jwks: { keys: [{ ...signingKey, kid: "test-idp", alg: "RS256", use: "sig" } as never] },
    cookies: { keys: [randomBytes(32).toString("hex")] },
    claims: { openid: ["sub"], email: ["email", "email_verified"] },
    scopes: ["openid", "email"],
    acrValues: [options.acr],
    features: { devInteractions: { enabled: false } },
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AuthorizationCode: 60, AccessToken: 600, IdToken: 600 },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    // No authorization code without a code_challenge: a sign-in that completes used PKCE.
    pkce: { required: () => true },
    async findAccount(_ctx, id) {
      const account = options.accounts[id];
      if (!account) return undefined;
      return { accountId: id, claims: async () => ({ sub: id, email: account.email, email_verified: account.email_verified ?? true }) };
    },
    // A first-party client: consent is given without asking.
    async loadExistingGrant(ctx: KoaContextWithOIDC) {
      const { oidc } = ctx;
      if (!oidc.client || !oidc.session?.accountId) return undefined;
      const grantId = oidc.result?.consent?.grantId || oidc.session.grantIdFor(oidc.client.clientId);
      if (grantId) return oidc.provider.Grant.find(grantId);
      const grant = new oidc.provider.Grant({ clientId: oidc.client.clientId, accountId: oidc.session.accountId });
      grant.addOIDCScope("openid email");
      await grant.save();
      return grant;
    },
    // Called for every client assertion this provider accepts (after its own checks): record it, and
    // hold it to Login.gov's rule for the audience.
    async assertJwtClientAuthClaimsAndHeader(_ctx, claims, header) {
      observed.clientAssertions.push({ header: { ...header }, claims: { ...claims } });
      const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
      if (!audiences.includes(tokenEndpoint)) throw new errors.InvalidClientAuth("the client assertion's audience must be the token endpoint");
    },
  };

  const provider = new Provider(issuer, configuration);
  tokenEndpoint = provider.urlFor("token");
  provider.on("authorization.accepted", (ctx: KoaContextWithOIDC) => {
    const params = ctx.oidc.params ?? {};
    observed.authorizations.push({
      codeChallengeMethod: params.code_challenge_method as string | undefined,
      acrValues: params.acr_values as string | undefined,
      scope: params.scope as string | undefined,
    });
  });
  provider.on("grant.success", (ctx: KoaContextWithOIDC) => {
    observed.tokenRequests.push({ clientAuthMethod: ctx.oidc.client?.clientAuthMethod, hadCodeVerifier: typeof ctx.oidc.params?.code_verifier === "string" });
  });

  const handle = provider.callback();
  const server = http.createServer((request, response) => {
    const match = /^\/interaction\/([\w-]+)$/.exec(new URL(request.url ?? "/", issuer).pathname);
    if (!match) return void handle(request, response);
    void (async () => {
      try {
        const details = await provider.interactionDetails(request, response);
        if (request.method === "GET") {
          response.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
          response.end(loginPage(details.uid, String(details.params.client_id)));
          return;
        }
        const login = new URLSearchParams(await readBody(request)).get("login") ?? "";
        const result = options.accounts[login]
          ? { login: { accountId: login, acr: options.acr } }
          : { error: "access_denied", error_description: "unknown test account" };
        await provider.interactionFinished(request, response, result, { mergeWithLastSubmission: false });
      } catch (error) {
        response.writeHead(400, { "content-type": "text/plain" });
        response.end(`interaction failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  if (port !== options.port) throw new Error(`identity provider listens on ${port}, not ${options.port}`);

  return {
    issuer,
    tokenEndpoint,
    authorizationEndpoint: provider.urlFor("authorization"),
    observed,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
