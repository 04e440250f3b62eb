// What the sign-in page says for `/sign-in?error=CODE`. Only these texts are ever shown: the code in
// the address picks one, and nothing typed into the address reaches the page (a crafted link cannot
// make the page say something else). next-auth's own codes (OAuthSignin, OAuthCallback, Callback, …)
// get the general message.

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
