// Requests next-auth would answer with a 500 ("server configuration" errors) that are the client's
// mistake: refused here with a 4xx that says what is wrong.

type Refusal = { status: number; message: string; headers?: Record<string, string> };

/** next-auth's own test: a path of this site, or an absolute http(s) address. */
export function isCallbackUrl(value: string): boolean {
  if (value.startsWith("/")) return !value.startsWith("//");
  try {
    return /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
}

async function callbackUrlOf(request: Request): Promise<string | null> {
  const fromQuery = new URL(request.url).searchParams.get("callbackUrl");
  if (fromQuery !== null) return fromQuery;
  if (request.method !== "POST" || !(request.headers.get("content-type") ?? "").includes("application/x-www-form-urlencoded")) return null;
  const form = await request.clone().formData().catch(() => null);
  const value = form?.get("callbackUrl");
  return typeof value === "string" ? value : null;
}

export async function badAuthRequest(request: Request, route: string): Promise<Refusal | null> {
  if (request.method === "GET" && route.startsWith("callback/credentials")) {
    return { status: 405, message: "Sign in with a POST of the sign-in form.", headers: { Allow: "POST" } };
  }
  const callbackUrl = await callbackUrlOf(request);
  if (callbackUrl !== null && !isCallbackUrl(callbackUrl)) return { status: 400, message: "callbackUrl must be a path of this site or a web address." };
  return null;
}
