// The production HTTP server: Next.js's request handler (the build in .next, as `next start` serves
// it) behind Node's own HTTP server, for one reason: to know the client's address. Next.js keeps an
// X-Forwarded-For header the client sent, and the connection's address is then lost to the app; the
// sign-in throttle and the audit log would read an address the client chose. Here X-Forwarded-For is
// replaced, before Next.js sees the request, by the one address the trusted proxies vouch for
// (lib/security/client-address.ts, TRUSTED_PROXY_HOPS).
//
// Usage: tsx scripts/next-server.ts --port 3000
import { createServer } from "node:http";
import { clientAddressOf, trustedProxyHops } from "../lib/security/client-address";
import { projectRoot } from "./lib/schema-engine";

// Set before Next.js loads its configuration, as `next start` does.
(process.env as Record<string, string>).NODE_ENV = "production";
// tsx, which runs this file, turns on Node's source maps for the whole process; Node then reads and
// keeps the map of every module it loads, Next.js's server chunks included (with them the heap left
// live after a full collection was 190 MB, without them 94 MB). `next start` runs without them, and
// so does this server: Next.js is loaded after they are turned off.
process.setSourceMapsEnabled(false);
const { default: next } = await import("next");

const portFlag = process.argv.indexOf("--port");
const port = Number(portFlag >= 0 ? process.argv[portFlag + 1] : (process.env.PORT ?? 3000));
const hops = trustedProxyHops(process.env.TRUSTED_PROXY_HOPS);
if (process.env.TRUSTED_PROXY_HOPS && String(hops) !== process.env.TRUSTED_PROXY_HOPS.trim()) {
  console.warn(`TRUSTED_PROXY_HOPS="${process.env.TRUSTED_PROXY_HOPS}" is not a whole number from 0 to 10: trusting no proxy.`);
}

const app = next({ dev: false, dir: projectRoot, port, hostname: "localhost" });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((request, response) => {
  request.headers["x-forwarded-for"] = clientAddressOf({ connection: request.socket.remoteAddress, forwardedFor: request.headers["x-forwarded-for"], trustedHops: hops });
  handle(request, response).catch((error: unknown) => {
    // Next.js answers its own errors; this is for one that escapes it, which must not stop the server.
    console.error(error);
    if (!response.headersSent) response.writeHead(500).end();
  });
});
// As `next start`: a keep-alive longer than a typical load balancer's idle timeout.
server.keepAliveTimeout = 65_000;
server.listen(port, () => console.log(`Ready on port ${port}${hops ? `, trusting ${hops} proxy hop${hops > 1 ? "s" : ""} in X-Forwarded-For` : ""}`));

const stop = () => {
  server.close(() => process.exit(0));
  // Open keep-alive connections would hold close() up: end them.
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 5_000).unref();
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
