// The Content-Security-Policy of every page: scripts only with this response's nonce (Next.js puts
// it on its own scripts), no plugins, no framing. Chart libraries set style attributes, so inline
// style *attributes* are allowed, but not inline <style> or <script> elements.
export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    // Single sign-on needs no exception: its button sends the browser to the identity provider by a
    // navigation (next-auth's signIn()), not a form submission, so form-action never meets the
    // redirect to another origin (e2e/oidc.spec.ts signs in through it in Chromium).
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
