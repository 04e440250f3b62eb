"use client";
import { useActionState } from "react";
import type { FormState } from "@/lib/validation/form-state";
import { FormAlert } from "./form-alert";

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
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className={className}>
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
