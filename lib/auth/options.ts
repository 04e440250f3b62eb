import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { UNAVAILABLE_MESSAGE } from "@/lib/availability/wording";
import { endSession, verifyCredentials } from "@/lib/data-access/accounts";
import { databaseReachable } from "@/lib/data-access/health";
import { encodeFieldErrors } from "./sign-in-errors";
import { signInSchema } from "./sign-in-schema";
import { TOO_MANY_ATTEMPTS } from "./sign-in-limits";

/** The client's address: the first hop a trusted proxy reports, else what the server saw. */
function clientAddress(headers: Record<string, unknown> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  const first = typeof forwarded === "string" ? forwarded.split(",")[0]?.trim() : undefined;
  const real = headers?.["x-real-ip"];
  return first || (typeof real === "string" ? real : "") || "unknown";
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

export function authOptions(): NextAuthOptions {
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
          const user = await verifyCredentials(parsed.data.email, parsed.data.password, clientAddress(request?.headers)).catch(async (error: unknown) => {
            // The form shows this message: say the service is down, never what the driver said.
            if (!(await databaseReachable())) throw new Error(UNAVAILABLE_MESSAGE);
            throw error;
          });
          if (user === "throttled") throw new Error(TOO_MANY_ATTEMPTS);
          return user ? { id: user.id, email: user.email, name: user.name, sessionId: user.sessionId } : null;
        },
      }),
    ],
    callbacks: {
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
