// Which address a request came from, for sign-in throttling, the audit log and the session list.
// The connection's own address is the only one a client cannot choose. Behind proxies, each proxy
// appends the address it received the request from to X-Forwarded-For, so with N trusted proxies in
// front of the app the client is the Nth address from the right of [...X-Forwarded-For, connection];
// whatever lies further left was written by the client and is never trusted.

/** How many proxies in front of the app append to X-Forwarded-For; 0 (the default) trusts none. */
export function trustedProxyHops(value: string | undefined): number {
  const hops = Number(value ?? "0");
  return Number.isInteger(hops) && hops >= 0 && hops <= 10 ? hops : 0;
}

export function clientAddressOf(request: { connection: string | undefined; forwardedFor: string | string[] | undefined; trustedHops: number }): string {
  const forwarded = (Array.isArray(request.forwardedFor) ? request.forwardedFor.join(",") : (request.forwardedFor ?? ""))
    .split(",")
    .map((a) => a.trim())
    .filter(Boolean);
  const chain = [...forwarded, request.connection || "unknown"];
  // Fewer entries than trusted proxies: the request did not come through them all; the leftmost is the best known.
  return normalize(chain[Math.max(0, chain.length - 1 - request.trustedHops)]!);
}

/** "::ffff:127.0.0.1" (an IPv4 client on a dual-stack socket) is 127.0.0.1. */
function normalize(address: string): string {
  return address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, "$1").slice(0, 100);
}

/**
 * The client's address as the app reads it: the HTTP server (scripts/next-server.ts) has put the one
 * address it trusts in X-Forwarded-For, in place of whatever the client sent.
 */
export function requestAddress(forwardedFor: string | null | undefined): string {
  return forwardedFor?.split(",")[0]?.trim() || "unknown";
}
