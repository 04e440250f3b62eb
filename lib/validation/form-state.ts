import type { z } from "zod";

/** What a server action hands back to its form through useActionState. */
export type FormState = { message?: string; fieldErrors?: Record<string, string[]>; done?: string };

export function fromZodError(error: z.ZodError): FormState {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    (fieldErrors[field] ??= []).push(issue.message);
  }
  return { message: "There is a problem with what you entered.", fieldErrors };
}
