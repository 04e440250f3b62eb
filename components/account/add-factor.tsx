"use client";
import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { startRegistration } from "@simplewebauthn/browser";
import { addFactorAction, beginAddingFactorAction, type AddState } from "@/lib/actions/second-factor";
import { RecoveryCodes } from "../second-factor/recovery-codes";
import { TotpSetup } from "../second-factor/totp-setup";
import { Alert } from "../uswds/alert";
import { Button } from "../uswds/button";

type View = { state: "choose" } | { state: "app"; secret: string; qrSvg: string; sealed: string } | { state: "done"; added: string; codes?: string[] };

/** Adds a passkey or an authenticator app from the account page; the first factor comes with recovery codes. */
export function AddFactor({ email }: { email: string }) {
  const [view, setView] = useState<View>({ state: "choose" });
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const statusRef = useRef<HTMLDivElement>(null);
  const router = useRouter();

  function done(state: AddState) {
    setView({ state: "done", added: state.added ?? "", codes: state.recoveryCodes });
    router.refresh();
    requestAnimationFrame(() => statusRef.current?.focus());
  }

  async function addPasskey() {
    setProblem(undefined);
    setBusy(true);
    try {
      const setup = await beginAddingFactorAction("passkey");
      if (!setup || setup.kind !== "passkey") return setProblem("The passkey could not be started. Reload the page and try again.");
      const response = await startRegistration({ optionsJSON: setup.options }).catch(() => null);
      if (!response) return setProblem("The passkey request was cancelled or timed out, or this passkey is added already. Try again, or add an authenticator app.");
      const form = new FormData();
      for (const [name, value] of Object.entries({ sealed: setup.sealed, kind: "passkey", response: JSON.stringify(response), label: "Passkey" })) form.set(name, value);
      const result = await addFactorAction({}, form);
      if (result.message) setProblem(result.message);
      else done(result);
    } finally {
      setBusy(false);
    }
  }

  async function addApp() {
    setProblem(undefined);
    const setup = await beginAddingFactorAction("totp");
    if (!setup || setup.kind !== "totp") return setProblem("The authenticator app could not be started. Reload the page and try again.");
    setView({ state: "app", secret: setup.secret, qrSvg: setup.qrSvg, sealed: setup.sealed });
  }

  return (
    <>
      {problem && (
        <Alert type="error" role="alert" heading="The factor was not added">
          {problem}
        </Alert>
      )}
      {view.state === "done" && (
        <div ref={statusRef} tabIndex={-1}>
          <Alert type="success" slim role="status">
            Added “{view.added}”.
          </Alert>
          {view.codes && <RecoveryCodes codes={view.codes} email={email} />}
        </div>
      )}
      {view.state === "app" ? (
        <TotpSetup setup={view} action={addFactorAction} fields={{ sealed: view.sealed, kind: "totp" }} onDone={done} />
      ) : (
        <ul className="usa-button-group">
          <li className="usa-button-group__item">
            <Button type="button" onClick={addPasskey} disabled={busy}>
              Add a passkey or security key
            </Button>
          </li>
          <li className="usa-button-group__item">
            <Button type="button" variant="outline" onClick={addApp}>
              Add an authenticator app
            </Button>
          </li>
        </ul>
      )}
    </>
  );
}
