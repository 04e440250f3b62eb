"use client";
import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { startAuthentication, startRegistration } from "@simplewebauthn/browser";
import { enrolFactorAction, prepareSecondFactorAction, secondFactorStepAction } from "@/lib/actions/second-factor";
import { signInWithSecondFactor } from "@/lib/auth/sign-in-client";
import { EXPIRED } from "@/lib/auth/sign-in-errors";
import type { SecondFactorStep } from "@/lib/data-access/types";
import { Alert } from "../uswds/alert";
import { Button } from "../uswds/button";
import { TextField } from "../uswds/text-field";
import { RecoveryCodes } from "./recovery-codes";
import { TotpSetup } from "./totp-setup";

type View = SecondFactorStep | { state: "loading" } | { state: "totp-setup"; email: string; secret: string; qrSvg: string } | { state: "codes"; email: string; codes: string[] };

/** The browser said no (the person cancelled, or there is no passkey here): said plainly, not as an exception. */
const PASSKEY_CANCELLED = "The passkey request was cancelled or timed out. Try again, or use another way.";

/**
 * The second step of a password sign-in for a role that needs a second factor: confirm with a passkey,
 * an authenticator app's code or a recovery code; or, the first time, add a factor and keep the
 * recovery codes. `token` is the pending sign-in the password opened.
 */
export function SecondStep({ token, onRestart }: { token: string; onRestart: () => void }) {
  const [view, setView] = useState<View>({ state: "loading" });
  const [problem, setProblem] = useState<string>();
  const [pending, setPending] = useState(false);
  const [recovery, setRecovery] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const router = useRouter();

  useEffect(() => {
    secondFactorStepAction(token).then(setView, () => setView({ state: "expired" }));
  }, [token]);

  // Each new view is announced by moving focus to its heading, as a new page would be.
  useEffect(() => {
    if (view.state !== "loading") headingRef.current?.focus();
  }, [view.state]);

  function refuse(message: string) {
    setProblem(message);
    requestAnimationFrame(() => alertRef.current?.focus());
  }

  async function finish(fields: Omit<Parameters<typeof signInWithSecondFactor>[0], "token">) {
    setProblem(undefined);
    setPending(true);
    const refused = await signInWithSecondFactor({ token, ...fields }).catch(() => "Sign-in could not reach the server. Check your connection and try again.");
    setPending(false);
    if (refused === EXPIRED) setView({ state: "expired" });
    if (refused) return refuse(refused);
    router.replace("/");
    router.refresh();
  }

  async function usePasskey() {
    setProblem(undefined);
    const prepared = await prepareSecondFactorAction(token, "passkey-sign-in");
    const optionsJSON = prepared?.purpose === "passkey-sign-in" ? prepared.options : null;
    if (!optionsJSON) return setView({ state: "expired" });
    const response = await startAuthentication({ optionsJSON }).catch(() => null);
    if (!response) return refuse(PASSKEY_CANCELLED);
    await finish({ method: "passkey", response: JSON.stringify(response) });
  }

  async function addPasskey(email: string) {
    setProblem(undefined);
    const prepared = await prepareSecondFactorAction(token, "passkey-enrolment");
    const optionsJSON = prepared?.purpose === "passkey-enrolment" ? prepared.options : null;
    if (!optionsJSON) return setView({ state: "expired" });
    const response = await startRegistration({ optionsJSON }).catch(() => null);
    if (!response) return refuse(PASSKEY_CANCELLED);
    const form = new FormData();
    for (const [name, value] of Object.entries({ token, kind: "passkey", response: JSON.stringify(response), label: "Passkey" })) form.set(name, value);
    const result = await enrolFactorAction({}, form);
    if (result.recoveryCodes) setView({ state: "codes", email, codes: result.recoveryCodes });
    else refuse(result.message ?? EXPIRED);
  }

  async function addApp(email: string) {
    setProblem(undefined);
    const prepared = await prepareSecondFactorAction(token, "app-enrolment");
    const setup = prepared?.purpose === "app-enrolment" ? prepared.app : null;
    setView(setup ? { state: "totp-setup", email, ...setup } : { state: "expired" });
  }

  const heading = (text: string) => (
    <h2 ref={headingRef} tabIndex={-1} className="margin-top-4">
      {text}
    </h2>
  );
  const alert = problem && (
    <Alert type="error" role="alert" tabIndex={-1} ref={alertRef} id="second-step-problem" heading="Sign-in not finished">
      {problem}
    </Alert>
  );

  switch (view.state) {
    case "loading":
      return <p role="status">Checking your sign-in…</p>;
    case "expired":
      return (
        <>
          {heading("Sign in again")}
          <p>{EXPIRED}</p>
          <Button type="button" onClick={onRestart}>
            Sign in again
          </Button>
        </>
      );
    case "verify":
      return (
        <>
          {heading("Confirm it is you")}
          {alert}
          <p>Your role signs in with a second factor. Use one of yours for {view.email}.</p>
          {view.passkey && (
            <Button type="button" variant="big" onClick={usePasskey} disabled={pending}>
              Use your passkey or security key
            </Button>
          )}
          {view.totp && <CodeForm label="Code from your authenticator app" hint="Six digits, like 123456" autoComplete="one-time-code" inputMode="numeric" pending={pending} onCode={(code) => finish({ method: "totp", code })} />}
          {view.recoveryCodesLeft > 0 &&
            (recovery ? (
              <CodeForm label="Recovery code" hint={`One of the ${view.recoveryCodesLeft} codes you kept, like abcd-efgh-jkmn-pqrs`} autoComplete="off" autoFocus pending={pending} onCode={(code) => finish({ method: "recovery", code })} />
            ) : (
              <p className="margin-top-3">
                <button type="button" className="usa-button usa-button--unstyled" onClick={() => setRecovery(true)}>
                  Use a recovery code instead
                </button>
              </p>
            ))}
          <p className="margin-top-4">
            Lost your second factor and your recovery codes? Ask your administrator to reset your second factors.{" "}
            <button type="button" className="usa-button usa-button--unstyled" onClick={onRestart}>
              Sign in as someone else
            </button>
          </p>
        </>
      );
    case "enrol":
      return (
        <>
          {heading("Add a second factor")}
          {alert}
          <p>
            Your role signs in with a password and a second factor, so that a stolen password is not enough. Add one now for {view.email}; you can add
            more later on your account page.
          </p>
          <ul className="usa-button-group">
            <li className="usa-button-group__item">
              <Button type="button" onClick={() => addPasskey(view.email)}>
                Use a passkey or security key
              </Button>
            </li>
            <li className="usa-button-group__item">
              <Button type="button" variant="outline" onClick={() => addApp(view.email)}>
                Use an authenticator app
              </Button>
            </li>
          </ul>
        </>
      );
    case "totp-setup":
      return (
        <>
          {heading("Set up your authenticator app")}
          <TotpSetup
            setup={view}
            action={enrolFactorAction}
            fields={{ token, kind: "totp" }}
            onDone={(state) => state.recoveryCodes && setView({ state: "codes", email: view.email, codes: state.recoveryCodes })}
          />
        </>
      );
    case "codes":
      return (
        <>
          {heading("Save your recovery codes")}
          {alert}
          <Alert type="success" slim role="status">
            Your second factor is set up.
          </Alert>
          <RecoveryCodes codes={view.codes} email={view.email} />
          <Button type="button" onClick={() => finish({ method: "enrolled" })} disabled={pending}>
            {pending ? "Signing in…" : "I have saved them: continue"}
          </Button>
        </>
      );
  }
}

function CodeForm({
  label,
  hint,
  autoComplete,
  inputMode,
  autoFocus,
  pending,
  onCode,
}: {
  label: string;
  hint: string;
  autoComplete: string;
  inputMode?: "numeric";
  autoFocus?: boolean;
  pending: boolean;
  onCode: (code: string) => void;
}) {
  const id = label.toLowerCase().replace(/\W+/g, "-");
  return (
    <form
      className="usa-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onCode(String(new FormData(event.currentTarget).get("code") ?? ""));
      }}
    >
      <TextField id={id} name="code" label={label} hint={hint} autoComplete={autoComplete} inputMode={inputMode} autoFocus={autoFocus} spellCheck={false} autoCapitalize="off" />
      <Button disabled={pending}>{pending ? "Checking…" : "Confirm"}</Button>
    </form>
  );
}
