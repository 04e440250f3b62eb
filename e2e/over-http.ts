// Talking to the app over plain HTTP with Playwright's request contexts, as a browser would but
// without one: next-auth's credentials sign-in, server actions called the way React calls them
// (../testing/next-actions.ts builds the request), and the routes that exist.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { APIRequestContext, APIResponse, APIRequest } from "@playwright/test";
import { SECOND_FACTOR_PREFIX } from "../lib/auth/sign-in-errors";
import { actionRequest, routePattern, type ActionArgs } from "../testing/next-actions";
import { nextTotpCode, untilNextStep } from "../testing/totp";
import { appFactorOf } from "./factories";

const root = fileURLToPath(new URL("..", import.meta.url));

/**
 * A request context signed in through next-auth's credentials callback (GET /api/auth/csrf, then
 * the form post the sign-in page makes), holding the session cookie for every later request.
 */
export async function signInOverHttp(request: APIRequest, baseURL: string, email: string, password: string): Promise<APIRequestContext> {
  const context = await request.newContext({ baseURL });
  let response = await postAuthForm(context, "/api/auth/callback/credentials", { email, password });
  const pending = await secondFactorToken(response);
  if (pending) response = await confirmWithApp(context, email, pending);
  const cookies = await context.storageState();
  if (!response.ok() || !cookies.cookies.some((c) => c.name.endsWith("next-auth.session-token"))) {
    throw new Error(`Signing in as ${email} failed: ${response.status()} ${await response.text()}`);
  }
  return context;
}

async function postAuthForm(context: APIRequestContext, path: string, fields: Record<string, string>): Promise<APIResponse> {
  const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
  return context.post(path, { form: { ...fields, csrfToken, json: "true" }, maxRedirects: 0 });
}

/** The pending sign-in's token when the password was right and the role needs a second factor. */
async function secondFactorToken(response: APIResponse): Promise<string | null> {
  if (response.status() !== 401) return null;
  const { url } = (await response.json()) as { url?: string };
  const error = url ? new URL(url, "http://x").searchParams.get("error") : null;
  return error?.startsWith(SECOND_FACTOR_PREFIX) ? error.slice(SECOND_FACTOR_PREFIX.length) : null;
}

/** The second step with the account's authenticator app (as the e2e database keeps its key), the next code the server will take. */
async function confirmWithApp(context: APIRequestContext, email: string, token: string): Promise<APIResponse> {
  for (let attempt = 0; ; attempt++) {
    const factor = await appFactorOf(email);
    if (!factor) throw new Error(`${email} needs a second factor and has no authenticator app`);
    const next = nextTotpCode(factor.secret, factor.lastStep);
    if (next) {
      const response = await postAuthForm(context, "/api/auth/callback/second-factor", { token, method: "totp", code: next.code });
      if (response.status() !== 401 || attempt === 3) return response;
    }
    await new Promise((resolve) => setTimeout(resolve, untilNextStep() + 100));
  }
}

/** Calls a server action as the client router does: a POST to the page that shows the form. */
export async function callServerAction(context: APIRequestContext, baseURL: string, call: { actionId: string; page: string; args: ActionArgs }): Promise<APIResponse> {
  const { headers, body } = actionRequest(call.actionId, call.args, baseURL);
  return context.post(call.page, { headers, ...(typeof body === "string" ? { data: body } : { multipart: body }), maxRedirects: 0, timeout: 30_000 });
}

/** Every page and route handler under app/, as URL patterns. */
export async function routePatternsOnDisk(): Promise<string[]> {
  const files = (await readdir(path.join(root, "app"), { recursive: true })).filter((f) => /(^|[/\\])(page\.(tsx|ts|jsx|js|mdx)|route\.(ts|js))$/.test(f));
  return files.map(routePattern).sort();
}

const httpMethods = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

/** The HTTP methods each route handler (`route.ts`) exports, by URL pattern. */
export async function routeHandlerMethods(): Promise<Map<string, string[]>> {
  const files = (await readdir(path.join(root, "app"), { recursive: true })).filter((f) => /(^|[/\\])route\.(ts|js)$/.test(f));
  const methods = new Map<string, string[]>();
  for (const file of files) {
    const source = await readFile(path.join(root, "app", file), "utf8");
    // `export async function GET`, `export const GET = …`, `export { handler as GET, POST }`.
    const declared = [...source.matchAll(/export\s+(?:async\s+)?(?:function|const)\s+(\w+)/g)].map((m) => m[1]!);
    const listed = [...source.matchAll(/export\s*\{([^}]*)\}/g)].flatMap((m) => m[1]!.split(",").map((item) => item.trim().split(/\s+/).at(-1)!));
    const exported = [...declared, ...listed].filter((name) => httpMethods.includes(name));
    methods.set(routePattern(file), [...new Set(exported)].sort());
  }
  return methods;
}

/** A URL pattern as a regular expression that concrete paths match. */
export function patternRegExp(pattern: string): RegExp {
  const source = pattern
    .split("/")
    .map((s) => (/^\[\[?\.\.\./.test(s) ? ".+" : /^\[.+\]$/.test(s) ? "[^/]+" : s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
    .join("/");
  return new RegExp(`^${source}$`);
}
