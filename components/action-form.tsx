"use client";
import { useEffect, useRef } from "react";
import type { FormState } from "@/lib/validation/form-state";
import { DoneAlert, FormAlert } from "./form-alert";
import { Button, type ButtonVariant } from "./uswds/button";
import { HiddenFields } from "./uswds/hidden-fields";
import { useFormAction } from "./use-form-action";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/**
 * A form posting to a server action, with the server's verdict above it: the problems, per field,
 * or what was done. Fields are the children, so each admin form stays plain markup.
 */
export function ActionForm({
  action,
  submitLabel,
  children,
  className = "usa-form usa-form--large",
  variant,
  buttonClassName,
  resetOnDone = true,
}: {
  action: Action;
  submitLabel: React.ReactNode;
  children?: React.ReactNode;
  className?: string;
  variant?: ButtonVariant;
  buttonClassName?: string;
  /** False for a form that edits what it shows (an assignment, settings): done, it keeps the values saved. */
  resetOnDone?: boolean;
}) {
  const { state, action: formAction, onSubmit, pending } = useFormAction(action, {});
  const ref = useRef<HTMLFormElement>(null);
  // Done: clear the form for the next entry. Refused: keep what was typed so it can be corrected.
  useEffect(() => {
    if (state.done && resetOnDone) ref.current?.reset();
  }, [state, resetOnDone]);
  return (
    <form ref={ref} action={formAction} onSubmit={onSubmit} className={className}>
      <FormAlert state={state} />
      <DoneAlert done={state.done} />
      {children}
      <Button variant={variant} className={buttonClassName} disabled={pending}>
        {submitLabel}
      </Button>
    </form>
  );
}

/** One button that posts `values` to a server action (open a cycle, archive a program), with its verdict. */
export function ActionButton({ action, values, variant = "outline", children }: { action: Action; values: Record<string, string | number>; variant?: ButtonVariant; children: React.ReactNode }) {
  return (
    <ActionForm action={action} submitLabel={children} className="" variant={variant}>
      <HiddenFields values={values} />
    </ActionForm>
  );
}
