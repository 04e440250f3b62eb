// An HTTP client that keeps cookies like a browser (one jar per signed-in account) and signs in
// through next-auth's credentials endpoints, for the benchmark and the e2e specs that talk to
// several app instances. Node's fetch keeps connections alive by default.

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
  const csrf = await session.fetch("/api/auth/csrf");
  if (csrf.status !== 200) throw new Error(`GET /api/auth/csrf answered ${csrf.status}`);
  const { csrfToken } = (await csrf.json()) as { csrfToken?: string };
  if (!csrfToken) throw new Error("GET /api/auth/csrf gave no csrfToken");

  const callback = await session.fetch("/api/auth/callback/credentials", {
    method: "POST",
    headers: { ...headers, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: new URL("/", baseUrl).href, json: "true" }),
  });
  const text = await callback.text();
  let url = "";
  try {
    url = String((JSON.parse(text) as { url?: unknown }).url ?? "");
  } catch {
    // not JSON: reported below
  }
  // next-auth answers a refused sign-in with 401 and the error in the URL.
  if (![200, 401].includes(callback.status) || !url) throw new Error(`Sign-in as ${email}: ${callback.status}, ${text.slice(0, 200)}`);
  const error = new URL(url, baseUrl).searchParams.get("error");
  if (error !== null) return { session, error };
  if (!session.hasCookie(/session-token$/)) throw new Error(`Sign-in as ${email} answered ${url} but set no session cookie`);
  return { session, error: null };
}

/** Signs in as a browser's sign-in form does (csrf token, then the credentials callback) and checks the session. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<HttpSession> {
  const { session, error } = await attemptSignIn(baseUrl, email, password);
  if (error !== null) throw new Error(`Sign-in as ${email} failed (${error})`);

  const check = await session.fetch("/api/auth/session");
  const body = (await check.json()) as { user?: { email?: string } } | null;
  if (body?.user?.email?.toLowerCase() !== email.toLowerCase()) throw new Error(`Signed in as ${email}, but /api/auth/session shows ${JSON.stringify(body)}`);
  return session;
}
