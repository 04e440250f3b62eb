import type { z } from "zod";

/** "answers[3].level: …", one line per problem of an uploaded file, so whoever fixes it finds the field. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("").replace(/^\./, "");
    return path ? `${path}: ${issue.message}` : issue.message;
  });
}

/** An uploaded JSON document read as far as the `format` it names; what is wrong with its syntax, otherwise. */
export function readJsonDocument(json: string): { ok: true; data: unknown; format: unknown } | { ok: false; errors: string[] } {
  try {
    const data: unknown = JSON.parse(json);
    const format = typeof data === "object" && data !== null && !Array.isArray(data) ? (data as { format?: unknown }).format : undefined;
    return { ok: true, data, format };
  } catch (error) {
    return { ok: false, errors: [`The file is not valid JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
}
