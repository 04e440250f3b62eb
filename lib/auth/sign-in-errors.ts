// What a failed sign-in tells the person. next-auth carries the server's reason in the `error`
// parameter of its answer; this module writes and reads it. No dependencies: the sign-in page ships
// it to the browser.
import { UNAVAILABLE_MESSAGE } from "@/lib/availability/wording";
import { TOO_MANY_ATTEMPTS } from "./sign-in-limits";

export type SignInFieldErrors = Partial<Record<"email" | "password", string>>;
export type SignInProblem = { message: string; fieldErrors: SignInFieldErrors };

/** One message for an unknown e-mail and a wrong password, so neither reveals which accounts exist. */
export const WRONG_CREDENTIALS = "The email address or password is not right. Check them and try again.";
export const INPUT_PROBLEM = "There is a problem with what you entered.";

const FIELDS_PREFIX = "fields:";

/** The schema's first message per field, as the server sends them back. */
export function encodeFieldErrors(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  const fieldErrors: SignInFieldErrors = {};
  for (const issue of issues) {
    const field = issue.path[0];
    if (field === "email" || field === "password") fieldErrors[field] ??= issue.message;
  }
  return FIELDS_PREFIX + JSON.stringify(fieldErrors);
}

/**
 * The problem behind next-auth's `error` value, or null when there was none. Only known reasons are
 * shown: the value travels in a URL, so anything else reads as the one generic message.
 */
export function describeSignInError(error: string | null): SignInProblem | null {
  if (error === null) return null;
  if (error === TOO_MANY_ATTEMPTS || error === UNAVAILABLE_MESSAGE) return { message: error, fieldErrors: {} };
  if (error.startsWith(FIELDS_PREFIX)) {
    const fieldErrors = parseFieldErrors(error.slice(FIELDS_PREFIX.length));
    if (fieldErrors) return { message: INPUT_PROBLEM, fieldErrors };
  }
  return { message: WRONG_CREDENTIALS, fieldErrors: {} };
}

function parseFieldErrors(json: string): SignInFieldErrors | null {
  try {
    const value: unknown = JSON.parse(json);
    if (typeof value !== "object" || value === null) return null;
    const { email, password } = value as Record<string, unknown>;
    if ((email !== undefined && typeof email !== "string") || (password !== undefined && typeof password !== "string")) return null;
    return { ...(email ? { email } : {}), ...(password ? { password } : {}) };
  } catch {
    return null;
  }
}
