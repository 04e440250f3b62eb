"use client";
import { useEffect, useRef } from "react";
import type { FormState } from "@/lib/validation/form-state";
import { FormAlert } from "./form-alert";
import { useFormAction } from "./use-form-action";

/**
 * A form posting to a server action, with the server's verdict above it: the problems, per field,
 * or what was done. Fields are the children, so each admin form stays plain markup.
 */
export function ActionForm({
  action,
  submitLabel,
  children,
  className = "usa-form usa-form--large",
  buttonClassName = "usa-button",
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  submitLabel: React.ReactNode;
  children?: React.ReactNode;
  className?: string;
  buttonClassName?: string;
}) {
  const { state, action: formAction, onSubmit, pending } = useFormAction(action, {});
  const ref = useRef<HTMLFormElement>(null);
  // Done: clear the form for the next entry. Refused: keep what was typed so it can be corrected.
  useEffect(() => {
    if (state.done) ref.current?.reset();
  }, [state]);
  return (
    <form ref={ref} action={formAction} onSubmit={onSubmit} className={className}>
      <FormAlert state={state} />
      {state.done && (
        <div className="usa-alert usa-alert--success usa-alert--slim" role="status">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{state.done}</p>
          </div>
        </div>
      )}
      {children}
      <button type="submit" className={buttonClassName} disabled={pending}>
        {submitLabel}
      </button>
    </form>
  );
}
