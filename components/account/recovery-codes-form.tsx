"use client";
import { useActionState } from "react";
import { replaceRecoveryCodesAction, type EnrolState } from "@/lib/actions/second-factor";
import { FormAlert } from "../form-alert";
import { RecoveryCodes } from "../second-factor/recovery-codes";
import { Button } from "../uswds/button";

/** New recovery codes on request (the old ones stop working), shown once. */
export function RecoveryCodesForm({ email }: { email: string }) {
  const [state, action, pending] = useActionState<EnrolState, FormData>(replaceRecoveryCodesAction, {});
  if (state.recoveryCodes) return <RecoveryCodes codes={state.recoveryCodes} email={email} />;
  return (
    <form action={action}>
      <FormAlert state={state} />
      <Button variant="outline" disabled={pending}>
        Make new recovery codes
      </Button>
    </form>
  );
}
