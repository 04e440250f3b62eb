// Errors as RFC 9457 problem details: a type, a title a person can read, the status, and the detail.

export type Problem = { type: string; title: string; status: number; detail?: string; errors?: { path: string; message: string }[] };

const TITLES: Record<number, string> = {
  400: "The request has problems",
  401: "A valid API token is needed",
  404: "Not found",
  405: "Method not allowed",
  429: "Too many requests",
  500: "Something went wrong",
};

export function problem(status: number, detail?: string, extra: Partial<Problem> = {}): Problem {
  return { type: "about:blank", title: TITLES[status] ?? "Error", status, ...(detail ? { detail } : {}), ...extra };
}

export function problemResponse(p: Problem, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(p), { status: p.status, headers: { "Content-Type": "application/problem+json", "Cache-Control": "no-store", ...headers } });
}
