// An HTTP client that keeps cookies like a browser (one jar per signed-in account) and signs in
// through next-auth's credentials endpoints, for the benchmark and the e2e specs that talk to
// several app instances. Node's fetch keeps connections alive by default.

import { SECOND_FACTOR_PREFIX, USED_CODE } from "../lib/auth/sign-in-errors";
import { nextTotpCode, untilNextStep } from "./totp";

export class HttpSession {
  constructor(
    readonly baseUrl: string,
    private readonly cookies = new Map<string, string>(),
  ) {}

  /** The same cookie jar against another server: another app instance behind the same name. */
  at(baseUrl: string): HttpSession {
    return new HttpSession(baseUrl, this.cookies);
  }

  get cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  hasCookie(pattern: RegExp): boolean {
    return [...this.cookies.keys()].some((name) => pattern.test(name));
  }

  /** Keeps the response's Set-Cookie values; an expired or emptied cookie is dropped. */
  absorb(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair = "", ...attributes] = header.split(";");
      const eq = pair.indexOf("=");
      if (eq <= 0) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age\s*=\s*(0|-\d+)\s*$/i.test(a));
      if (expired || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  /** A request with the jar's cookies; redirects are returned, not followed. */
  async fetch(pathname: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set("Cookie", this.cookieHeader);
    const response = await fetch(new URL(pathname, this.baseUrl), { ...init, headers, redirect: "manual" });
    this.absorb(response);
    return response;
  }
}

export type SignInAttempt = { session: HttpSession; error: string | null };

/**
 * One sign-in as a browser's sign-in form makes it (csrf token, then the credentials callback): the
 * session, and next-auth's error code or message (null when signed in). `headers` go with the
 * callback, e.g. X-Forwarded-For.
 */
export async function attemptSignIn(baseUrl: string, email: string, password: string, headers: Record<string, string> = {}): Promise<SignInAttempt> {
  const session = new HttpSession(baseUrl);
  const error = await postCallback(session, "/api/auth/callback/credentials", { email, password }, headers);
  if (error === null && !session.hasCookie(/session-token$/)) throw new Error(`Sign-in as ${email} answered no error but set no session cookie`);
  return { session, error };
}

/** A form post to one of next-auth's callbacks with a fresh csrf token: next-auth's error, or null. */
async function postCallback(session: HttpSession, path: string, fields: Record<string, string>, headers: Record<string, string> = {}): Promise<string | null> {
  const csrf = await session.fetch("/api/auth/csrf");
  if (csrf.status !== 200) throw new Error(`GET /api/auth/csrf answered ${csrf.status}`);
  const { csrfToken } = (await csrf.json()) as { csrfToken?: string };
  if (!csrfToken) throw new Error("GET /api/auth/csrf gave no csrfToken");

  const callback = await session.fetch(path, {
    method: "POST",
    headers: { ...headers, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ ...fields, csrfToken, callbackUrl: new URL("/", session.baseUrl).href, json: "true" }),
  });
  const text = await callback.text();
  let url = "";
  try {
    url = String((JSON.parse(text) as { url?: unknown }).url ?? "");
  } catch {
    // not JSON: reported below
  }
  // next-auth answers a refused sign-in with 401 and the error in the URL.
  if (![200, 401].includes(callback.status) || !url) throw new Error(`POST ${path}: ${callback.status}, ${text.slice(0, 200)}`);
  return new URL(url, session.baseUrl).searchParams.get("error");
}

/**
 * The second step for an account with an authenticator app: the code for this time step, or the
 * next one's when this one was taken already (the server takes a code once).
 */
async function confirmWithApp(session: HttpSession, token: string, totpSecret: string): Promise<string | null> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const now = new Date();
    const { code } = nextTotpCode(totpSecret, Math.floor(now.getTime() / 30_000) - 1, now)!;
    const error = await postCallback(session, "/api/auth/callback/second-factor", { token, method: "totp", code });
    if (error !== USED_CODE) return error;
    await new Promise((resolve) => setTimeout(resolve, untilNextStep() + 100));
  }
  return USED_CODE;
}

/**
 * Signs in as a browser's sign-in form does (csrf token, then the credentials callback; then the
 * authenticator app's code for a role that needs a second factor) and checks the session.
 */
export async function signIn(baseUrl: string, email: string, password: string, secondFactor?: { totpSecret: string }): Promise<HttpSession> {
  const attempt = await attemptSignIn(baseUrl, email, password);
  const { session } = attempt;
  let { error } = attempt;
  if (error?.startsWith(SECOND_FACTOR_PREFIX) && secondFactor) error = await confirmWithApp(session, error.slice(SECOND_FACTOR_PREFIX.length), secondFactor.totpSecret);
  if (error !== null) throw new Error(`Sign-in as ${email} failed (${error})`);

  const check = await session.fetch("/api/auth/session");
  const body = (await check.json()) as { user?: { email?: string } } | null;
  if (body?.user?.email?.toLowerCase() !== email.toLowerCase()) throw new Error(`Signed in as ${email}, but /api/auth/session shows ${JSON.stringify(body)}`);
  return session;
}
