"use client";
import { useActionState, useEffect, useRef } from "react";
import type { AddState } from "@/lib/actions/second-factor";
import { Alert } from "../uswds/alert";
import { Button } from "../uswds/button";
import { HiddenFields } from "../uswds/hidden-fields";
import { TextField } from "../uswds/text-field";

/**
 * Setting up an authenticator app: its key as a QR code and as text, then its first code and a name.
 * `action` adds the factor (at the first sign-in, or from the account page), given `fields` too;
 * `onDone` hears of a success.
 */
export function TotpSetup({
  setup,
  action,
  fields,
  onDone,
}: {
  setup: { secret: string; qrSvg: string };
  action: (previous: AddState, formData: FormData) => Promise<AddState>;
  fields: Record<string, string>;
  onDone: (state: AddState) => void;
}) {
  const [state, formAction, pending] = useActionState<AddState, FormData>(action, {});
  // Each answer is heard once, whatever the parent does with it.
  const heard = useRef<AddState>(state);
  useEffect(() => {
    if (state === heard.current) return;
    heard.current = state;
    if (!state.message) onDone(state);
  }, [state, onDone]);
  const grouped = setup.secret.match(/.{1,4}/g)?.join(" ") ?? setup.secret;
  return (
    <>
      {state.message && (
        <Alert type="error" role="alert" heading="The app is not set up yet" list={Object.values(state.fieldErrors ?? {}).flat()}>
          {state.message}
        </Alert>
      )}
      <ol className="usa-process-list">
        <li className="usa-process-list__item">
          <p className="usa-process-list__heading">Add this account to your authenticator app</p>
          <p>Scan the QR code with the app, or type the key in.</p>
          {/* eslint-disable-next-line @next/next/no-img-element -- an inline SVG the server drew, no file to optimize */}
          <img className="totp-qr" src={`data:image/svg+xml;base64,${btoa(setup.qrSvg)}`} alt="QR code of the key below, for an authenticator app to scan" width={192} height={192} />
          <p>
            Key: <code className="font-mono-sm text-wrap">{grouped}</code>
          </p>
        </li>
        <li className="usa-process-list__item">
          <p className="usa-process-list__heading">Enter the code the app shows</p>
          <form action={formAction} className="usa-form" noValidate>
            <HiddenFields values={fields} />
            <TextField id="totp-code" name="code" label="Code from your authenticator app" hint="Six digits, like 123456" autoComplete="one-time-code" inputMode="numeric" spellCheck={false} error={state.fieldErrors?.code?.[0]} />
            <TextField id="totp-label" name="label" label="Name for this factor" hint="To tell your factors apart, like “Work phone”" defaultValue="Authenticator app" error={state.fieldErrors?.label?.[0]} />
            <Button disabled={pending}>{pending ? "Checking…" : "Set up the app"}</Button>
          </form>
        </li>
      </ol>
    </>
  );
}
