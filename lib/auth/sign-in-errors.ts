// What a failed sign-in tells the person. next-auth carries the server's reason in the `error`
// parameter of its answer; this module writes and reads it. No dependencies: the sign-in page ships
// it to the browser.
import { UNAVAILABLE_MESSAGE } from "@/lib/availability/wording";
import { TOO_MANY_ATTEMPTS } from "./sign-in-limits";

export type SignInFieldErrors = Partial<Record<"email" | "password", string>>;
/** `secondFactor`: not a problem but the next step, with the pending sign-in's token. */
export type SignInProblem = { message: string; fieldErrors: SignInFieldErrors; secondFactor?: string };

/** One message for an unknown e-mail and a wrong password, so neither reveals which accounts exist. */
export const WRONG_CREDENTIALS = "The email address or password is not right. Check them and try again.";
export const INPUT_PROBLEM = "There is a problem with what you entered.";

const FIELDS_PREFIX = "fields:";

/** The server's reason when the right password belongs to a role that signs in only with the identity provider (OIDC_REQUIRED_ROLES). */
export const SINGLE_SIGN_ON_REQUIRED = "single-sign-on-required";

/** What the password form then says, naming the provider as its button does. */
export const singleSignOnRequired = (provider: string) => `Your role signs in with ${provider}, which checks a second factor: use “Sign in with ${provider}” instead of your password.`;

/**
 * A right password whose role needs a second factor: next-auth carries `second-factor:` and the
 * pending sign-in's token back to the form, which asks for the factor (lib/data-access/second-factors.ts).
 */
export const SECOND_FACTOR_PREFIX = "second-factor:";

// Why the second step of a sign-in was refused: the only texts it shows.
export const EXPIRED = "This sign-in has expired or was already used. Sign in again with your email address and password.";
export const TOO_MANY_WRONG = "Too many wrong answers. Sign in again with your email address and password.";
export const WRONG_CODE = "That code is not right. Enter the code your authenticator app shows now.";
export const USED_CODE = "That code has been used already. Wait for your authenticator app to show the next code, then enter it.";
export const WRONG_RECOVERY_CODE = "That recovery code is not right or has been used. Each code works once.";
export const WRONG_PASSKEY = "Your passkey or security key did not confirm this sign-in. Try again, or use another way.";
const SECOND_STEP_REFUSALS: readonly string[] = [EXPIRED, TOO_MANY_WRONG, WRONG_CODE, USED_CODE, WRONG_RECOVERY_CODE, WRONG_PASSKEY];

/** The second step's refusal as its form shows it: one of the texts above, else the expired message. */
export function describeSecondStepError(error: string | null): string | null {
  if (error === null) return null;
  if (error === UNAVAILABLE_MESSAGE || error === TOO_MANY_ATTEMPTS || SECOND_STEP_REFUSALS.includes(error)) return error;
  return EXPIRED;
}

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
export function describeSignInError(error: string | null, providerName = "single sign-on"): SignInProblem | null {
  if (error === null) return null;
  if (error.startsWith(SECOND_FACTOR_PREFIX)) return { message: "", fieldErrors: {}, secondFactor: error.slice(SECOND_FACTOR_PREFIX.length) };
  if (error === SINGLE_SIGN_ON_REQUIRED) return { message: singleSignOnRequired(providerName), fieldErrors: {} };
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

// Single sign-on: what the sign-in page says for `/sign-in?error=CODE`. Only these texts are ever
// shown: the code in the address picks one, and nothing typed into the address reaches the page.
// next-auth's own codes (OAuthSignin, OAuthCallback, Callback, …) get the general message.

/** Refusals of a sign-in with the identity provider, decided by this app. */
export const OIDC_REFUSALS = ["OidcNotSetUp", "OidcDisabled", "OidcNoEmail", "OidcEmailUnverified", "OidcAssurance"] as const;
export type OidcRefusal = (typeof OIDC_REFUSALS)[number];

export const APP_NAME = "CX Maturity Assessment";

/**
 * The message for an error code, or undefined for none. `provider` is the configured identity
 * provider's name (undefined when single sign-on is off, and then no code gets a message); `email` is shown only when the server
 * sealed it (lib/auth/sealed.ts), never from the address as typed.
 */
export function signInErrorMessage(code: string | undefined, context: { provider?: string; email?: string | null }): string | undefined {
  const provider = context.provider;
  // Without single sign-on the page has never shown these codes (the password form reports its own).
  if (!code || !provider) return undefined;
  switch (code as OidcRefusal) {
    case "OidcNotSetUp":
      return `Your ${provider} account${context.email ? ` (${context.email})` : ""} is not set up in ${APP_NAME}. Ask your agency’s administrator to add you.`;
    case "OidcDisabled":
      return `Your ${APP_NAME} account is disabled. Ask your agency’s administrator if you still need access.`;
    case "OidcNoEmail":
      return `${provider} did not share your email address with ${APP_NAME}, and it is needed to find your account. Try again and allow it.`;
    case "OidcEmailUnverified":
      return `${provider} has not confirmed your email address. Confirm it with ${provider}, then try again.`;
    case "OidcAssurance":
      return `${provider} did not confirm the level of identity assurance ${APP_NAME} requires. Try again.`;
    default:
      return `Sign-in with ${provider} did not complete. Try again, or sign in with your email address and password.`;
  }
}
