"use client";
import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { signInWithPassword } from "@/lib/auth/sign-in-client";
import type { SignInFieldErrors } from "@/lib/auth/sign-in-errors";

export function SignInForm({ notice }: { notice?: string }) {
  const [fieldErrors, setFieldErrors] = useState<SignInFieldErrors>({});
  const [message, setMessage] = useState<string | undefined>();
  const [pending, setPending] = useState(false);
  const alertRef = useRef<HTMLDivElement>(null);
  const router = useRouter();

  // The server checks the input with the one sign-in schema and sends back its messages.
  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    const problem = await signInWithPassword(String(form.get("email") ?? ""), String(form.get("password") ?? "")).catch(() => ({
      message: "Sign-in could not reach the server. Check your connection and try again.",
      fieldErrors: {},
    }));
    setPending(false);
    if (problem) {
      setMessage(problem.message);
      setFieldErrors(problem.fieldErrors);
      requestAnimationFrame(() => alertRef.current?.focus());
      return;
    }
    // Refresh too, so the header and every server component render for the new session.
    router.replace("/");
    router.refresh();
  }

  return (
    <form className="usa-form usa-form--large" onSubmit={onSubmit} noValidate aria-describedby={message ? "sign-in-problem" : undefined}>
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
  );
}
