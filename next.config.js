// Headers every response carries (OWASP ASVS 14.4). The Content-Security-Policy, which needs a nonce
// per request, is set by proxy.ts.
const securityHeaders = [
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // A self-contained server (.next/standalone/server.js with only the node_modules it needs) for the
  // container image; `next start` (npm start, the test servers) still serves the same build.
  output: "standalone",
  // Read from disk at run time (path.join(process.cwd(), …)), which the file tracer does not follow:
  // copied into the standalone output for every route (one file, about 200 KB).
  outputFileTracingIncludes: { "/**": ["./lib/auth/breached-passwords.txt"] },
  reactStrictMode: true,
  // proxy.ts redirects "/path/" to "/path" itself, so the redirect carries the security headers
  // (Next.js's own redirect is answered before any header is added).
  skipTrailingSlashRedirect: true,
  // Server actions take the largest upload the forms document (a 2 MB model file; a programs CSV
  // of 1,000,000 characters, up to 4 MB in UTF-8) with room for the form around it, so the app's
  // own size check answers, not Next.js's 1 MB default.
  experimental: { serverActions: { bodySizeLimit: "5mb" } },
  // Node modules that must not be bundled: a real Chromium for PDF reports, the job queue, SMTP.
  serverExternalPackages: ["playwright-core", "pg-boss", "nodemailer"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
  // Browsers and crawlers ask for /favicon.ico whatever the page links: they get the app's icon.
  async rewrites() {
    return [{ source: "/favicon.ico", destination: "/icon.svg" }];
  },
};

export default nextConfig;
