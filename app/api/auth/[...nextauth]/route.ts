import NextAuth from "next-auth";
import { authOptions, clientAddress } from "@/lib/auth/options";
import { sessionLiveness } from "@/lib/data-access/accounts";
import { badAuthRequest } from "@/lib/auth/auth-request";

type Context = { params: Promise<{ nextauth: string[] }> };

async function handler(request: Request, context: Context) {
  const route = (await context.params).nextauth.join("/");
  const refused = await badAuthRequest(request, route);
  if (refused) return Response.json({ message: refused.message }, { status: refused.status, headers: { "Cache-Control": "no-store", ...refused.headers } });
  const from = { address: clientAddress(Object.fromEntries(request.headers)), userAgent: request.headers.get("user-agent") ?? "" };
  const response = await NextAuth(authOptions(from))(request, context);
  if (request.method === "GET" && route === "session") return checkedSession(response);
  return response;
}

/**
 * next-auth answers /api/auth/session from the cookie alone. Signed out, timed out, revoked or
 * disabled in the database, the session is answered as none, as every page already treats it; while
 * the database is down the answer is 503, not "signed out".
 */
async function checkedSession(response: Response): Promise<Response> {
  const body = (await response.clone().json().catch(() => null)) as { sessionId?: unknown } | null;
  if (typeof body?.sessionId !== "string" || body.sessionId === "") return response;
  const standing = await sessionLiveness(body.sessionId);
  if (standing === "active") return response;
  if (standing === "unavailable") return Response.json({ message: "The service is unavailable. Try again in a few minutes." }, { status: 503, headers: { "Cache-Control": "no-store" } });
  return Response.json({}, { headers: { "Cache-Control": "no-store" } });
}

export { handler as GET, handler as POST };
