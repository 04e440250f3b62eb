import type { FormState } from "@/lib/validation/form-state";
import { Alert } from "./uswds/alert";

/** The error summary a form shows above its fields after the server refused it. */
export function FormAlert({ state }: { state: FormState }) {
  if (!state.message) return null;
  return <Alert type="error" role="alert" heading={state.message} list={Object.values(state.fieldErrors ?? {}).flat()} />;
}

/** What the server did, said once the form's action succeeded. */
export function DoneAlert({ done }: { done: string | undefined }) {
  if (!done) return null;
  return (
    <Alert type="success" slim role="status">
      {done}
    </Alert>
  );
}
