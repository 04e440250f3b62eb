import { NextResponse, type NextRequest } from "next/server";
import { AVAILABILITY_HEADER, REQUEST_PATH_HEADER, requestPath } from "@/lib/availability/request-path";
import { availabilityId, databaseIsDown } from "@/lib/availability/state";
import { unavailableResponse } from "@/lib/availability/unavailable-response";
import { refuseActionBody, refuseActionRequest } from "@/lib/security/action-request";
import { contentSecurityPolicy } from "@/lib/security/csp";

/**
 * A fresh nonce per request, on the request (Next.js reads it there) and on the response. While the
 * database is down, pages, actions and downloads get the 503 page here, before anything renders;
 * /api/* answers for itself (health and readiness must, and sign-in explains the outage in its form).
 */
export async function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = contentSecurityPolicy(nonce);
  const path = requestPath(request.nextUrl);
  // No address the app serves has a NUL character in it, and PostgreSQL refuses one in a query.
  if (/%00|\u0000/i.test(request.url)) {
    return new NextResponse("The address contains a NUL character (%00). Remove it and try again.", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Content-Security-Policy": policy, "Cache-Control": "no-store" },
    });
  }
  const refused =
    refuseActionRequest(request.headers, { method: request.method, pathname: request.nextUrl.pathname }) ??
    (request.method === "POST" && request.headers.has("next-action") ? await refuseActionBody(request.headers.get("content-type"), () => request.clone().text()) : null);
  if (refused) return NextResponse.json({ message: refused.message }, { status: refused.status, headers: { "Content-Security-Policy": policy, "Cache-Control": "no-store" } });
  const { pathname } = request.nextUrl;
  if (pathname.length > 1 && pathname.endsWith("/")) {
    // A plain URL: NextURL keeps the request's trailing slash when it formats itself.
    const url = new URL(request.url);
    url.pathname = pathname.replace(/\/+$/, "") || "/";
    const redirect = NextResponse.redirect(url, 308);
    redirect.headers.set("Content-Security-Policy", policy);
    return redirect;
  }
  if (!request.nextUrl.pathname.startsWith("/api/") && (await databaseIsDown())) {
    return unavailableResponse(request, path, nonce, policy);
  }
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", policy);
  headers.set(REQUEST_PATH_HEADER, path);
  headers.set(AVAILABILITY_HEADER, availabilityId());
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
