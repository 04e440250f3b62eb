"use client";
import { useActionState } from "react";
import { importModelAction, type ImportModelState } from "@/lib/actions/models";
import { FormAlert } from "./form-alert";

export function ImportModelForm() {
  const [state, action, pending] = useActionState<ImportModelState, FormData>(importModelAction, {});
  const fileError = state.fieldErrors?.file;
  return (
    <form action={action} className="usa-form usa-form--large">
      <FormAlert state={state} />
      {state.importedVersion && (
        <div className="usa-alert usa-alert--success" role="status">
          <div className="usa-alert__body">
            <p className="usa-alert__text">Imported as version {state.importedVersion}.</p>
          </div>
        </div>
      )}
      <div className={`usa-form-group${fileError ? " usa-form-group--error" : ""}`}>
        <label className="usa-label" htmlFor="model-file">
          Model file (JSON)
        </label>
        <span className="usa-hint" id="model-file-hint">
          A file in the format of an exported model. See docs/model-format.md.
        </span>
        <input
          className="usa-file-input"
          id="model-file"
          name="file"
          type="file"
          accept="application/json,.json"
          aria-describedby="model-file-hint"
          aria-invalid={Boolean(fileError)}
        />
      </div>
      <div className="usa-checkbox margin-top-2">
        <input className="usa-checkbox__input" id="make-current" name="makeCurrent" type="checkbox" />
        <label className="usa-checkbox__label" htmlFor="make-current">
          Use this version for new assessments
        </label>
      </div>
      <button type="submit" className="usa-button" disabled={pending}>
        Import model
      </button>
    </form>
  );
}
