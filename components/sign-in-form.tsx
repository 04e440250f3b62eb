"use client";
import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { OIDC_PROVIDER_ID } from "@/lib/auth/provider-ids";
import { signInSchema, WRONG_CREDENTIALS } from "@/lib/auth/sign-in-schema";

type FieldErrors = Partial<Record<"email" | "password", string>>;

/**
 * `problem`: why the last sign-in failed, as the server worded it (an identity provider's refusal).
 * `oidcName`: the identity provider's name when single sign-on is configured; its button comes first.
 */
export function SignInForm({ notice, problem, oidcName }: { notice?: string; problem?: string; oidcName?: string }) {
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | undefined>(problem);
  const [pending, setPending] = useState(false);
  const [leaving, setLeaving] = useState(false);
  const alertRef = useRef<HTMLDivElement>(null);
  const router = useRouter();

  // A problem the page arrived with is announced and focused, as one found on submit is.
  useEffect(() => {
    if (problem) alertRef.current?.focus();
  }, [problem]);

  function show(text: string, errors: FieldErrors = {}) {
    setMessage(text);
    setFieldErrors(errors);
    requestAnimationFrame(() => alertRef.current?.focus());
  }

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = signInSchema.safeParse({ email: form.get("email"), password: form.get("password") });
    if (!parsed.success) {
      const errors: FieldErrors = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as keyof FieldErrors;
        errors[field] ??= issue.message;
      }
      show("There is a problem with what you entered.", errors);
      return;
    }
    setPending(true);
    const result = await signIn("credentials", { ...parsed.data, redirect: false });
    setPending(false);
    if (!result || result.error) {
      show(!result || result.error === "CredentialsSignin" ? WRONG_CREDENTIALS : result.error ?? WRONG_CREDENTIALS);
      return;
    }
    // Refresh too, so the header and every server component render for the new session.
    router.replace("/");
    router.refresh();
  }

  // next-auth fetches a CSRF token, posts to /api/auth/signin/oidc and sends the browser on to the
  // identity provider's authorization endpoint (a navigation, not a form submission, so the page's
  // `form-action 'self'` does not apply to it).
  async function onSingleSignOn() {
    setLeaving(true);
    try {
      await signIn(OIDC_PROVIDER_ID, { callbackUrl: "/" });
    } catch {
      setLeaving(false);
      show(`Sign-in with ${oidcName} could not start. Check your connection and try again.`);
    }
  }

  return (
    <>
      {notice && !message && (
        <div className="usa-alert usa-alert--info usa-alert--slim" role="status">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{notice}</p>
          </div>
        </div>
      )}
      {message && (
        <div className="usa-alert usa-alert--error" role="alert" tabIndex={-1} ref={alertRef} id="sign-in-problem">
          <div className="usa-alert__body">
            <h2 className="usa-alert__heading">Sign-in failed</h2>
            <p className="usa-alert__text">{message}</p>
          </div>
        </div>
      )}
      {oidcName && (
        <div className="margin-top-4 padding-bottom-4 border-bottom-1px border-base-lighter">
          <button type="button" className="usa-button usa-button--big" onClick={onSingleSignOn} disabled={leaving}>
            {leaving ? `Going to ${oidcName}…` : `Sign in with ${oidcName}`}
          </button>
        </div>
      )}
      <form className="usa-form usa-form--large" onSubmit={onSubmit} noValidate aria-describedby={message ? "sign-in-problem" : undefined}>
        <fieldset className="usa-fieldset">
          <legend className="usa-legend usa-legend--large">Sign in with your email address</legend>
          <div className={`usa-form-group${fieldErrors.email ? " usa-form-group--error" : ""}`}>
            <label className="usa-label" htmlFor="email">
              Email address
            </label>
            {fieldErrors.email && (
              <span className="usa-error-message" id="email-error">
                {fieldErrors.email}
              </span>
            )}
            <input
              className={`usa-input${fieldErrors.email ? " usa-input--error" : ""}`}
              id="email"
              name="email"
              type="email"
              autoComplete="username"
              autoCapitalize="off"
              spellCheck={false}
              aria-invalid={Boolean(fieldErrors.email)}
              aria-describedby={fieldErrors.email ? "email-error" : undefined}
            />
          </div>
          <div className={`usa-form-group${fieldErrors.password ? " usa-form-group--error" : ""}`}>
            <label className="usa-label" htmlFor="password">
              Password
            </label>
            {fieldErrors.password && (
              <span className="usa-error-message" id="password-error">
                {fieldErrors.password}
              </span>
            )}
            <input
              className={`usa-input${fieldErrors.password ? " usa-input--error" : ""}`}
              id="password"
              name="password"
              type="password"
              autoComplete="current-password"
              aria-invalid={Boolean(fieldErrors.password)}
              aria-describedby={fieldErrors.password ? "password-error" : undefined}
            />
          </div>
          <button type="submit" className="usa-button" disabled={pending}>
            {pending ? "Signing in…" : "Sign in"}
          </button>
        </fieldset>
      </form>
    </>
  );
}
