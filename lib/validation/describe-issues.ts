import type { z } from "zod";

/** "answers[3].level: …", one line per problem of an uploaded file, so whoever fixes it finds the field. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("").replace(/^\./, "");
    return path ? `${path}: ${issue.message}` : issue.message;
  });
}
