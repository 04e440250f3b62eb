"use client";
import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { OIDC_PROVIDER_ID } from "@/lib/auth/provider-ids";
import { signInWithPassword, signInWithProvider } from "@/lib/auth/sign-in-client";
import type { SignInFieldErrors, SignInProblem } from "@/lib/auth/sign-in-errors";
import { SecondStep } from "./second-factor/second-step";
import { Alert } from "./uswds/alert";
import { Button } from "./uswds/button";
import { TextField } from "./uswds/text-field";

/**
 * `problem`: why the last sign-in failed, as the server worded it (an identity provider's refusal).
 * `oidcName`: the identity provider's name when single sign-on is configured; its button comes first.
 */
export function SignInForm({ notice, problem, oidcName }: { notice?: string; problem?: string; oidcName?: string }) {
  const [fieldErrors, setFieldErrors] = useState<SignInFieldErrors>({});
  const [message, setMessage] = useState<string | undefined>(problem);
  const [pending, setPending] = useState(false);
  const [leaving, setLeaving] = useState(false);
  // A right password for a role that needs a second factor: the pending sign-in's token.
  const [secondFactor, setSecondFactor] = useState<string>();
  const alertRef = useRef<HTMLDivElement>(null);
  const router = useRouter();

  // A problem the page arrived with is announced and focused, as one found on submit is.
  useEffect(() => {
    if (problem) alertRef.current?.focus();
  }, [problem]);

  function show(text: string, errors: SignInFieldErrors = {}) {
    setMessage(text);
    setFieldErrors(errors);
    requestAnimationFrame(() => alertRef.current?.focus());
  }

  // The server checks the input with the one sign-in schema and sends back its messages.
  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    const problem = await signInWithPassword(String(form.get("email") ?? ""), String(form.get("password") ?? ""), oidcName).catch((): SignInProblem => ({
      message: "Sign-in could not reach the server. Check your connection and try again.",
      fieldErrors: {},
    }));
    setPending(false);
    if (problem?.secondFactor) {
      setMessage(undefined);
      setSecondFactor(problem.secondFactor);
      return;
    }
    if (problem) {
      show(problem.message, problem.fieldErrors);
      return;
    }
    // Refresh too, so the header and every server component render for the new session.
    router.replace("/");
    router.refresh();
  }

  // A CSRF-protected post to next-auth's sign-in endpoint, then a navigation to the identity
  // provider's authorization endpoint (not a form submission, so `form-action 'self'` holds).
  async function onSingleSignOn() {
    setLeaving(true);
    try {
      await signInWithProvider(OIDC_PROVIDER_ID);
    } catch {
      setLeaving(false);
      show(`Sign-in with ${oidcName} could not start. Check your connection and try again.`);
    }
  }

  if (secondFactor) return <SecondStep token={secondFactor} onRestart={() => setSecondFactor(undefined)} />;

  return (
    <>
      {notice && !message && (
        <Alert type="info" slim role="status">
          {notice}
        </Alert>
      )}
      {message && (
        <Alert type="error" role="alert" tabIndex={-1} ref={alertRef} id="sign-in-problem" heading="Sign-in failed">
          {message}
        </Alert>
      )}
      {oidcName && (
        <div className="margin-top-4 padding-bottom-4 border-bottom-1px border-base-lighter">
          <Button type="button" variant="big" onClick={onSingleSignOn} disabled={leaving}>
            {leaving ? `Going to ${oidcName}…` : `Sign in with ${oidcName}`}
          </Button>
        </div>
      )}
      <form className="usa-form usa-form--large" onSubmit={onSubmit} noValidate aria-describedby={message ? "sign-in-problem" : undefined}>
        <fieldset className="usa-fieldset">
          <legend className="usa-legend usa-legend--large">Sign in with your email address</legend>
          <TextField id="email" name="email" label="Email address" type="email" autoComplete="username" autoCapitalize="off" spellCheck={false} error={fieldErrors.email} />
          <TextField id="password" name="password" label="Password" type="password" autoComplete="current-password" error={fieldErrors.password} />
          <Button disabled={pending}>{pending ? "Signing in…" : "Sign in"}</Button>
        </fieldset>
      </form>
    </>
  );
}
