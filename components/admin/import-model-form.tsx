"use client";
import { useActionState } from "react";
import { importModelAction, type ImportModelState } from "@/lib/actions/models";
import { FormAlert } from "../form-alert";
import { Alert } from "../uswds/alert";
import { Button } from "../uswds/button";
import { Checkbox } from "../uswds/checkbox";
import { FileField } from "../uswds/text-field";
import { MAX_MODEL_FILE_BYTES, MODEL_FILE_TOO_LARGE } from "@/lib/validation/limits";

export function ImportModelForm() {
  const [state, action, pending] = useActionState<ImportModelState, FormData>(importModelAction, {});
  return (
    <form action={action} className="usa-form usa-form--large">
      <FormAlert state={state} />
      {state.importedVersion && (
        <Alert type="success" role="status">
          Imported as version {state.importedVersion}.
        </Alert>
      )}
      <FileField
        id="model-file"
        name="file"
        label="Model file (JSON)"
        hint="A file in the format of an exported model. See docs/model-format.md."
        error={state.fieldErrors?.file}
        accept="application/json,.json"
        limit={{ bytes: MAX_MODEL_FILE_BYTES, message: MODEL_FILE_TOO_LARGE }}
      />
      <Checkbox id="make-current" name="makeCurrent" label="Use this version for new assessments" className="margin-top-2" />
      <Button disabled={pending}>Import model</Button>
    </form>
  );
}
