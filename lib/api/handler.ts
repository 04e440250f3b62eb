import "server-only";
import { createHash } from "node:crypto";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { authenticateApiToken } from "@/lib/data-access/api-auth";
import { recordApiUse } from "@/lib/data-access/api-tokens";
import { problem, problemResponse, type Problem } from "./problem";
import { requestAddress } from "@/lib/security/client-address";
import { bearerSecret } from "./tokens";
import type { Column } from "@/lib/exports/columns";
import { attachment } from "@/lib/exports/content-disposition";
import { csvStream } from "@/lib/exports/csv";

type Context<Q> = { actor: Actor; query: Q; params: Record<string, string> };

/** A strong ETag of the body: the same JSON, the same tag. */
function etagOf(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
}

function matches(ifNoneMatch: string | null, etag: string): boolean {
  return (ifNoneMatch ?? "").split(",").some((t) => t.trim() === etag || t.trim() === "*" || t.trim() === `W/${etag}`);
}

const isNotFound = (error: unknown) => typeof error === "object" && error !== null && String((error as { digest?: unknown }).digest).startsWith("NEXT_HTTP_ERROR_FALLBACK;404");

/**
 * A GET endpoint of the read API: the token is checked and counted, the query parsed with its zod
 * schema, and the answer made by `respond` as the token's owner. Every use is audited; every refusal
 * is a problem (a read refused by the data-access layer is 404, like a missing id).
 */
function apiRoute<S extends z.ZodType>(querySchema: S, respond: (ctx: Context<z.infer<S>>, request: Request) => Promise<Response>) {
  return async (request: Request, route: { params: Promise<Record<string, string>> }): Promise<Response> => {
    const secret = bearerSecret(request.headers.get("authorization"));
    if (!secret) return problemResponse(problem(401, "Send a token in an Authorization: Bearer header. Create one on your account page."), { "WWW-Authenticate": 'Bearer realm="api"' });
    const caller = await authenticateApiToken(secret, { address: requestAddress(request.headers.get("x-forwarded-for")) });
    if (caller.kind === "unauthorized") return problemResponse(problem(401, "The token is unknown, expired or revoked."), { "WWW-Authenticate": 'Bearer realm="api", error="invalid_token"' });
    if (caller.kind === "throttled") {
      return problemResponse(problem(429, `Wait ${caller.retryAfterSeconds} seconds before the next request.`), { "Retry-After": String(caller.retryAfterSeconds) });
    }
    const url = new URL(request.url);
    const answer = await answerFor(caller.actor);
    await recordApiUse(caller.actor, caller.tokenId, { method: "GET", path: `${url.pathname}${url.search}`.slice(0, 500), status: answer.status });
    return answer;

    async function answerFor(actor: Actor): Promise<Response> {
      const parsed = querySchema.safeParse(Object.fromEntries(url.searchParams));
      if (!parsed.success) {
        const errors = parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
        return problemResponse(problem(400, errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join("; "), { errors }));
      }
      try {
        return await respond({ actor, query: parsed.data, params: await route.params }, request);
      } catch (error) {
        if (isNotFound(error)) return problemResponse(problem(404, "There is nothing at this address that your token can read."));
        console.error(error);
        return problemResponse(problem(500) satisfies Problem);
      }
    }
  };
}

/** A JSON endpoint: the body carries a strong ETag, and 304 answers a client that has it. */
export function apiGet<S extends z.ZodType, T>(querySchema: S, read: (ctx: Context<z.infer<S>>) => Promise<T>) {
  return apiRoute(querySchema, async (ctx, request) => {
    const body = JSON.stringify(await read(ctx));
    const etag = etagOf(body);
    const headers = { ETag: etag, "Cache-Control": "private, no-cache", Vary: "Authorization" };
    if (matches(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
    return new Response(body, { status: 200, headers: { ...headers, "Content-Type": "application/json" } });
  });
}

/**
 * A CSV endpoint for spreadsheet tools: the columns of the app's download, streamed as they are read
 * (so no ETag: the body is not known before it is sent).
 */
export function apiCsv<S extends z.ZodType, Row>(querySchema: S, columns: Column<Row>[], read: (ctx: Context<z.infer<S>>) => Promise<{ fileName: string; rows: AsyncIterable<Row> | Iterable<Row> }>) {
  return apiRoute(querySchema, async (ctx) => {
    const { fileName, rows } = await read(ctx);
    return new Response(csvStream(columns, rows), {
      headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": attachment(fileName), "Cache-Control": "private, no-store", Vary: "Authorization" },
    });
  });
}
