"use client";
import { useActionState } from "react";
import { createApiTokenAction, type CreateApiTokenState } from "@/lib/actions/api-tokens";
import { TOKEN_LIFETIMES } from "@/lib/validation/limits";
import { FormAlert } from "../form-alert";
import { Alert } from "../uswds/alert";
import { Button } from "../uswds/button";
import { SelectField } from "../uswds/select-field";
import { TextField } from "../uswds/text-field";

/** Creates a token and shows its secret this once. */
export function CreateTokenForm() {
  const [state, action, pending] = useActionState<CreateApiTokenState, FormData>(createApiTokenAction, {});
  return (
    <form action={action} className="usa-form usa-form--large">
      <FormAlert state={state} />
      {state.created && (
        <Alert type="success" role="status" heading={`Token “${state.created.name}” created`}>
          <p>Copy it now: it is not shown again, and it is not stored anywhere you could read it later.</p>
          <label className="usa-label" htmlFor="new-token">
            Your new token
          </label>
          <input id="new-token" className="usa-input font-mono-xs" readOnly value={state.created.secret} />
        </Alert>
      )}
      <TextField id="token-name" name="name" label="Name" hint="What will use it, for example “Power BI dashboard”." error={state.fieldErrors?.name} maxLength={80} />
      <SelectField
        id="token-lifetime"
        name="lifetimeDays"
        label="Expires after"
        error={state.fieldErrors?.lifetimeDays}
        defaultValue="90"
        options={Object.entries(TOKEN_LIFETIMES).map(([value, label]) => ({ value, label }))}
      />
      <Button disabled={pending}>Create token</Button>
    </form>
  );
}
