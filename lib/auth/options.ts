import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { UNAVAILABLE_MESSAGE } from "@/lib/availability/wording";
import { requestAddress } from "@/lib/security/client-address";
import { endSession, signInWithVerifiedEmail, verifyCredentials } from "@/lib/data-access/accounts";
import { completeSecondFactor } from "@/lib/data-access/sign-in-second-step";
import { secondFactorProofSchema } from "@/lib/validation/second-factor";
import { databaseReachable } from "@/lib/data-access/health";
import { checkClaims, OIDC_PROVIDER_ID, oidcProvider } from "./oidc";
import { seal } from "./sealed";
import { EXPIRED, encodeFieldErrors, SECOND_FACTOR_PREFIX, SINGLE_SIGN_ON_REQUIRED, type OidcRefusal } from "./sign-in-errors";
import { signInSchema } from "./sign-in-schema";
import { TOO_MANY_ATTEMPTS } from "./sign-in-limits";

/** The purpose the refused e-mail is sealed for on its way to the sign-in page (lib/auth/sealed.ts). */
export const REFUSED_EMAIL_PURPOSE = "oidc-refused-email";

/** The client's address, from a request's headers as next-auth passes them. */
export function clientAddress(headers: Record<string, unknown> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  return requestAddress(typeof forwarded === "string" ? forwarded : undefined);
}

declare module "next-auth" {
  interface Session {
    sessionId: string;
  }
  interface User {
    sessionId: string;
  }
}
declare module "next-auth/jwt" {
  interface JWT {
    sessionId?: string;
  }
}

/** The sign-in page, telling why the identity provider's sign-in was refused (lib/auth/sign-in-errors.ts). */
function refusal(code: OidcRefusal, email?: string): string {
  const params = new URLSearchParams({ error: code });
  if (email) params.set("who", seal(email, { secret: env().NEXTAUTH_SECRET, purpose: REFUSED_EMAIL_PURPOSE, ttlSeconds: 600 }));
  return `/sign-in?${params}`;
}

/** A data-access call at sign-in: the form says the service is down, never what the driver said. */
async function unlessUnavailable<T>(call: Promise<T>): Promise<T> {
  return call.catch(async (error: unknown) => {
    if (!(await databaseReachable())) throw new Error(UNAVAILABLE_MESSAGE);
    throw error;
  });
}

/** The id of the credentials provider for the second step of a password sign-in. */
export const SECOND_FACTOR_PROVIDER_ID = "second-factor";

/** `from`: the auth route's client address and browser (the audit log and session list show them); none elsewhere. */
export function authOptions(from: { address?: string; userAgent?: string } = {}): NextAuthOptions {
  const oidc = env().oidc;
  return {
    secret: env().NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: env().SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email address", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, request) {
          const parsed = signInSchema.safeParse(credentials ?? {});
          // A message thrown here reaches the form; the shape of the input is safe to explain.
          if (!parsed.success) throw new Error(encodeFieldErrors(parsed.error.issues));
          const userAgent = String(request?.headers?.["user-agent"] ?? "");
          const user = await unlessUnavailable(verifyCredentials(parsed.data.email, parsed.data.password, clientAddress(request?.headers), userAgent));
          if (user === "throttled") throw new Error(TOO_MANY_ATTEMPTS);
          if (user === "single-sign-on-required") throw new Error(SINGLE_SIGN_ON_REQUIRED);
          if (user && "secondFactor" in user) throw new Error(SECOND_FACTOR_PREFIX + user.secondFactor);
          return user ? { id: user.id, email: user.email, name: user.name, sessionId: user.sessionId } : null;
        },
      }),
      CredentialsProvider({
        id: SECOND_FACTOR_PROVIDER_ID,
        name: "Second factor",
        credentials: { token: { type: "hidden" }, method: { type: "hidden" }, code: { label: "Code", type: "text" }, response: { type: "hidden" } },
        async authorize(credentials, request) {
          const parsed = secondFactorProofSchema.safeParse(credentials ?? {});
          // Only this step's own messages reach the form (lib/auth/sign-in-errors.ts).
          if (!parsed.success) throw new Error(EXPIRED);
          const from = { address: clientAddress(request?.headers), userAgent: String(request?.headers?.["user-agent"] ?? "") };
          const user = await unlessUnavailable(completeSecondFactor(parsed.data, from));
          if ("refused" in user) throw new Error(user.refused);
          return { id: user.id, email: user.email, name: user.name, sessionId: user.sessionId };
        },
      }),
      ...(oidc ? [oidcProvider(oidc)] : []),
    ],
    callbacks: {
      /**
       * Sign-in with the identity provider: only an account that exists, found by the verified e-mail,
       * and not disabled. A refusal goes back to the sign-in page with a code it turns into a message.
       */
      async signIn({ user, account, profile }) {
        if (account?.provider !== OIDC_PROVIDER_ID) return true;
        if (!oidc) return false;
        const checked = checkClaims(profile ?? {}, oidc.acrValues);
        if ("refused" in checked) return refusal(checked.refused);
        const outcome = await signInWithVerifiedEmail(checked.email, from.address ?? "unknown", from.userAgent);
        if (outcome === "not-set-up") return refusal("OidcNotSetUp", checked.email);
        if (outcome === "disabled") return refusal("OidcDisabled");
        // Without an adapter, next-auth hands this same object to the jwt callback as `user`
        // (core/routes/callback.js, core/lib/callback-handler.js): it carries the new session's id.
        // Were that ever not so, the token would name no session, and no one would be signed in.
        Object.assign(user, { id: outcome.id, email: outcome.email, name: outcome.name, sessionId: outcome.sessionId });
        return true;
      },
      jwt({ token, user }) {
        if (user) token.sessionId = user.sessionId;
        return token;
      },
      session({ session, token }) {
        session.sessionId = token.sessionId ?? "";
        return session;
      },
    },
    events: {
      async signOut({ token }) {
        if (token?.sessionId) await endSession(token.sessionId);
      },
    },
  };
}
