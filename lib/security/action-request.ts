// Server-action posts that Next.js would fail with a server error, refused first with a 4xx that
// says why: from another site (Next.js compares Origin with the host too), or larger than any form.

/** The largest body a server action takes (next.config.js serverActions.bodySizeLimit). */
export const MAX_ACTION_BODY_BYTES = 5 * 1024 * 1024;

type Refusal = { status: number; message: string };

export function refuseActionRequest(headers: Headers): Refusal | null {
  if (!headers.has("next-action")) return null;
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
