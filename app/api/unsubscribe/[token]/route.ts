// One-click unsubscribe (RFC 8058): mail clients POST "List-Unsubscribe=One-Click" to the address in
// the message's List-Unsubscribe header. The signed token is the authority; no session is needed.
import { unsubscribe } from "@/lib/data-access/unsubscribe";
import { unsubscribeSchema } from "@/lib/validation/notifications";

export async function POST(_request: Request, { params }: RouteContext<"/api/unsubscribe/[token]">) {
  const parsed = unsubscribeSchema.safeParse(await params);
  const result = parsed.success ? await unsubscribe(parsed.data) : null;
  if (!result?.ok) return new Response(result?.message ?? "This unsubscribe link is not valid.", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(`Unsubscribed: you will no longer receive ${result.value.what}.`, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

/** The address opened in a browser: the page that shows what it stops and asks first. */
export async function GET(request: Request, { params }: RouteContext<"/api/unsubscribe/[token]">) {
  return Response.redirect(new URL(`/unsubscribe/${encodeURIComponent((await params).token)}`, request.url), 303);
}
