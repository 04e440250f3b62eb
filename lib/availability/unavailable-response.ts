// The 503 that proxy.ts answers while the database is down. It is built here, as a string, because
// the app's own pages cannot render without the database (the root layout reads the session's user)
// and a render cannot choose a 503 status. Styles are inline (allowed by this response's nonce) and
// follow USWDS's colours and spacing: the compiled USWDS stylesheet has a build-hashed name.
import { UNAVAILABLE_HEADING, UNAVAILABLE_MESSAGE, UNAVAILABLE_SAVING } from "./wording";

/** Seconds a client or load balancer should wait before asking again. */
const RETRY_AFTER_SECONDS = 30;

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

const styles = `
body{margin:0;font-family:"Source Sans Pro","Helvetica Neue",Helvetica,Roboto,Arial,sans-serif;font-size:1.06rem;line-height:1.5;color:#1b1b1b;background:#fff}
a{color:#005ea2}a:visited{color:#54278f}a:hover{color:#1a4480}
a:focus,main:focus{outline:.25rem solid #2491ff;outline-offset:0}
.skipnav{position:absolute;left:-999em;padding:.5rem 1rem;background:#fff}.skipnav:focus{left:0}
.banner{background:#f0f0f0;font-size:.8rem;padding:.25rem 1rem}
.container{max-width:64rem;margin:0 auto;padding:0 2rem}
header{border-bottom:1px solid #dfe1e2;padding:1rem 0}
.logo{margin:.5rem 0;font-size:1.3rem;font-weight:700}.logo a{color:#1b1b1b;text-decoration:none}
main{padding:2rem 0 3rem;max-width:40rem}
h1{font-family:Merriweather,Georgia,Cambria,"Times New Roman",Times,serif;font-size:2.4rem;line-height:1.2;margin:0 0 1rem}
.button{display:inline-block;margin-top:1rem;padding:.75rem 1.25rem;border-radius:.25rem;background:#005ea2;color:#fff;font-weight:700;text-decoration:none}
.button:visited{color:#fff}.button:hover{background:#1a4480;color:#fff}
footer{background:#1b1b1b;color:#fff;padding:1.5rem 0;margin-top:3rem}footer p{margin:0}
`;

export function unavailablePage(nonce: string, path: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${UNAVAILABLE_HEADING} | CX Maturity Assessment</title>
<style nonce="${escapeHtml(nonce)}">${styles}</style>
</head>
<body>
<a class="skipnav" href="#main-content">Skip to main content</a>
<section class="banner" aria-label="Official website of the United States government"><p class="container">An official website of the United States government</p></section>
<header><div class="container"><p class="logo"><a href="/">CX Maturity Assessment</a></p></div></header>
<div class="container">
<main id="main-content" tabindex="-1">
<h1>${UNAVAILABLE_HEADING}</h1>
<p>${UNAVAILABLE_MESSAGE}</p>
<p>${UNAVAILABLE_SAVING}</p>
<a class="button" href="${escapeHtml(path)}">Try again</a>
</main>
</div>
<footer><div class="container"><p>CX Maturity Assessment</p></div></footer>
</body>
</html>
`;
}

/**
 * The 503 for one request. A server action's fetch gets the message as text/plain, which Next.js's
 * client raises as the error that app/error.tsx shows; everything else (pages, downloads, and client
 * navigations, which fall back to a full page load on a non-RSC answer) gets the page.
 */
export function unavailableResponse(request: Request, path: string, nonce: string, policy: string): Response {
  const headers = { "Cache-Control": "no-store", "Retry-After": String(RETRY_AFTER_SECONDS), "Content-Security-Policy": policy };
  if (request.headers.has("next-action")) {
    return new Response(UNAVAILABLE_MESSAGE, { status: 503, headers: { ...headers, "Content-Type": "text/plain" } });
  }
  return new Response(unavailablePage(nonce, path), { status: 503, headers: { ...headers, "Content-Type": "text/html; charset=utf-8" } });
}
