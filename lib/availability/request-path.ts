// proxy.ts tells the app which address a request was for, so a render that finds the database gone
// can send the browser back to that same address (see retry.ts). Server components have no other
// way to know their URL.
export const REQUEST_PATH_HEADER = "x-cx-request-path";
/** The availability state proxy.ts consulted for this request (state.ts's availabilityId). */
export const AVAILABILITY_HEADER = "x-cx-availability";

/** Path and query of a request, without Next.js's `_rsc` cache-busting parameter. */
export function requestPath(url: URL): string {
  const search = new URLSearchParams(url.search);
  search.delete("_rsc");
  const query = search.toString();
  return `${url.pathname}${query ? `?${query}` : ""}`;
}

/** Only a same-site path may be redirected to: never `//host` or an absolute URL from a header. */
export function isLocalPath(path: string | null | undefined): path is string {
  return typeof path === "string" && path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\");
}
