// Talking to the app over plain HTTP, as a browser would but without one: next-auth's credentials
// sign-in, server actions called the way React calls them, and the routes and actions that exist.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { APIRequestContext, APIResponse, APIRequest } from "@playwright/test";
import { encodeActionArgs } from "../bench/lib/parse-action-result";

const root = fileURLToPath(new URL("..", import.meta.url));

/**
 * A request context signed in through next-auth's credentials callback (GET /api/auth/csrf, then
 * the form post the sign-in page makes), holding the session cookie for every later request.
 */
export async function signInOverHttp(request: APIRequest, baseURL: string, email: string, password: string): Promise<APIRequestContext> {
  const context = await request.newContext({ baseURL });
  const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await context.post("/api/auth/callback/credentials", { form: { csrfToken, email, password, json: "true" }, maxRedirects: 0 });
  const cookies = await context.storageState();
  if (!response.ok() || !cookies.cookies.some((c) => c.name.endsWith("next-auth.session-token"))) {
    throw new Error(`Signing in as ${email} failed: ${response.status()} ${await response.text()}`);
  }
  return context;
}

/** A FormData argument, as a form hands it to its action; several values for a name repeat it. */
export type FormFields = Record<string, string | string[] | { name: string; mimeType: string; buffer: Buffer }>;

/** What a client passes to a server action: `(previousState, formData)` from a form, or plain values. */
export type ActionArgs = { form: FormFields; previousState?: Record<string, never> } | { values: unknown[] };

/**
 * The request body React's `encodeReply` (react-server-dom-*, `processReply`) makes of the arguments.
 * Plain values: their JSON, sent as text (strings that start with "$" escaped, as the benchmark
 * does). A FormData argument: a multipart body in which the argument's entries are fields named
 * `_<id>_<name>` and the argument itself is the reference `"$K<id in hex>"`; the arguments' JSON
 * goes last, in field `0` (the server resolves the root as soon as field `0` arrives, so every
 * referenced field must come before it).
 */
export function encodeReply(args: ActionArgs): { data: string } | { multipart: FormData } {
  if ("values" in args) return { data: encodeActionArgs(args.values) };
  const body = new FormData();
  for (const [name, value] of Object.entries(args.form)) {
    for (const one of Array.isArray(value) ? value : [value]) {
      if (typeof one === "string") body.append(`_1_${name}`, one);
      else body.append(`_1_${name}`, new File([new Uint8Array(one.buffer)], one.name, { type: one.mimeType }));
    }
  }
  // Written out, not through encodeActionArgs: "$K1" is a reference, not a string to escape.
  body.append("0", `[${JSON.stringify(args.previousState ?? {})},"$K1"]`);
  return { multipart: body };
}

/** Calls a server action as the client router does: a POST to the page that shows the form. */
export async function callServerAction(context: APIRequestContext, baseURL: string, call: { actionId: string; page: string; args: ActionArgs }): Promise<APIResponse> {
  const body = encodeReply(call.args);
  return context.post(call.page, {
    headers: {
      "Next-Action": call.actionId,
      Accept: "text/x-component",
      Origin: baseURL,
      ...("data" in body ? { "Content-Type": "text/plain;charset=UTF-8" } : {}),
    },
    ...body,
    maxRedirects: 0,
    timeout: 30_000,
  });
}

/** A page or route handler file's URL pattern: `app/(signed-in)/programs/[programId]/page.tsx` → `/programs/[programId]`. */
export function routePattern(file: string): string {
  const segments = file
    .split(path.sep)
    .slice(0, -1)
    .filter((s) => !/^\(.*\)$/.test(s) && !s.startsWith("@"));
  return `/${segments.join("/")}`;
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

export type BuiltAction = { actionId: string; name: string; pages: string[] };

/**
 * The server actions of the production build (`.next/server/server-reference-manifest.json`), named
 * `file#export`, each with the URL patterns of the pages that can run it.
 */
export async function serverActionsInBuild(): Promise<BuiltAction[]> {
  const manifest = JSON.parse(await readFile(path.join(root, ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename: string; exportedName: string; workers: Record<string, unknown> }>;
  };
  return Object.entries(manifest.node)
    .map(([actionId, a]) => ({
      actionId,
      name: `${a.filename}#${a.exportedName}`,
      pages: Object.keys(a.workers).map((w) => routePattern(`${w.replace(/^app\//, "")}.tsx`.split("/").join(path.sep))),
    }))
    .sort((x, y) => x.name.localeCompare(y.name));
}
