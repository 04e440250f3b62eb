// Server-action posts that Next.js would fail with a server error, refused first with a 4xx that
// says why: from another site (Next.js compares Origin with the host too), or larger than any form.

/** The largest body a server action takes (next.config.js serverActions.bodySizeLimit). */
export const MAX_ACTION_BODY_BYTES = 5 * 1024 * 1024;

type Refusal = { status: number; message: string };

/**
 * `request`: a POST to a page is a server action too, when the browser runs no script (the form's
 * hidden $ACTION_ fields name it, not a header). /api/* answers for itself (the identity provider's
 * callback comes from another site by design).
 */
export function refuseActionRequest(headers: Headers, request: { method: string; pathname: string } = { method: "GET", pathname: "/" }): Refusal | null {
  const isAction = headers.has("next-action") || (request.method === "POST" && !request.pathname.startsWith("/api/"));
  if (!isAction) return null;
  const origin = headers.get("origin");
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  if (origin && origin !== "null" && host) {
    let originHost: string | null = null;
    try {
      originHost = new URL(origin).host;
    } catch {
      originHost = null;
    }
    if (originHost !== host) return { status: 403, message: "This form was sent from another site. Use the form on this site." };
  }
  const length = Number(headers.get("content-length") ?? 0);
  if (length > MAX_ACTION_BODY_BYTES) return { status: 413, message: "What was sent is larger than any form of this site takes (5 MB)." };
  return null;
}

/** Deeper than any argument a form of this site sends (React nests a few levels); a deeper one is an attack on the decoder's recursion. */
export const MAX_ACTION_JSON_DEPTH = 32;

/** How deeply arrays and objects nest in JSON text, counted without parsing it (so without recursion). */
function nesting(json: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "[" || c === "{") deepest = Math.max(deepest, ++depth);
    else if (c === "]" || c === "}") depth--;
  }
  return deepest;
}

/**
 * A server action's arguments as its page's script sends them (`text/plain`, React's JSON encoding):
 * refused with 400 when they are not JSON or nest deeper than any form's, which Next.js would answer
 * with a server error. Form posts (multipart, urlencoded) are read by Next.js's own form parser.
 */
export async function refuseActionBody(contentType: string | null, readBody: () => Promise<string>): Promise<Refusal | null> {
  // Only then is the body read: an upload (multipart) is left to stream on untouched.
  if (!contentType?.startsWith("text/plain")) return null;
  const body = await readBody();
  if (nesting(body) > MAX_ACTION_JSON_DEPTH) return { status: 400, message: "What was sent nests deeper than any form of this site sends." };
  try {
    JSON.parse(body);
  } catch {
    return { status: 400, message: "What was sent is not what this site's forms send: it is not valid JSON." };
  }
  return null;
}
