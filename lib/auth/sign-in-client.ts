// Password sign-in from the browser through next-auth's own endpoints, as next-auth/react's signIn
// does, without shipping that library to every page.
import { describeSecondStepError, describeSignInError, type SignInProblem } from "./sign-in-errors";

async function csrfToken(): Promise<string> {
  const response = await fetch("/api/auth/csrf", { cache: "no-store" });
  return ((await response.json()) as { csrfToken: string }).csrfToken;
}

async function postAuth(path: string, fields: Record<string, string>): Promise<URL> {
  const response = await fetch(path, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ ...fields, csrfToken: await csrfToken(), json: "true" }),
  });
  const { url } = (await response.json()) as { url: string };
  return new URL(url, window.location.origin);
}

/** Null when signed in; otherwise what went wrong, in words for the person (`providerName`: single sign-on's, when on). */
export async function signInWithPassword(email: string, password: string, providerName?: string): Promise<SignInProblem | null> {
  const answer = await postAuth("/api/auth/callback/credentials", { email, password, callbackUrl: "/" });
  return describeSignInError(answer.searchParams.get("error"), providerName);
}

/**
 * The second step of a password sign-in (lib/auth/options.ts, the second-factor provider): null when
 * signed in; otherwise what went wrong, in words for the person.
 */
export async function signInWithSecondFactor(fields: { token: string; method: "totp" | "recovery" | "passkey" | "enrolled"; code?: string; response?: string }): Promise<string | null> {
  const sent = Object.fromEntries(Object.entries(fields).filter((entry): entry is [string, string] => entry[1] !== undefined));
  const answer = await postAuth("/api/auth/callback/second-factor", { ...sent, callbackUrl: "/" });
  return describeSecondStepError(answer.searchParams.get("error"));
}

/** Starts a sign-in with an identity provider: the browser leaves for its authorization endpoint. */
export async function signInWithProvider(providerId: string): Promise<void> {
  const next = await postAuth(`/api/auth/signin/${providerId}`, { callbackUrl: "/" });
  window.location.href = next.toString();
}

/** Ends this session on the server (and any copy of its cookie). */
export async function signOutHere(): Promise<void> {
  await postAuth("/api/auth/signout", { callbackUrl: "/sign-in?signedOut=1" });
}
