import type { ReactNode } from "react";

/** What every labelled field takes besides its control's own attributes. */
export type FieldProps = {
  id: string;
  label: ReactNode;
  /** Shown under the label and read out with the field. */
  hint?: ReactNode;
  /** The server's verdict on this field; several messages are joined. */
  error?: string | string[];
  /**
   * A field in a table row or an inline form: its label is for screen readers only, and it sits
   * in the row with no form group around it.
   */
  inline?: boolean;
  /** Classes of the form group (a column of a filter bar, spacing). */
  className?: string;
};

type ControlProps = { id: string; "aria-describedby"?: string; "aria-invalid"?: true };

/**
 * A USWDS form group: label, hint, error message, then the control, which gets its id and is
 * described by the hint and the error (aria-describedby) and marked invalid while there is one.
 * `describedBy` keeps a description the caller gives (an error shown elsewhere in a table row).
 */
export function FormGroup({
  id,
  label,
  hint,
  error,
  inline = false,
  className,
  describedBy,
  children,
}: FieldProps & { describedBy?: string; children: (control: ControlProps, invalid: boolean) => ReactNode }) {
  const message = messageOf(error);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = message ? `${id}-error` : undefined;
  const ids = [hintId, errorId, describedBy].filter(Boolean).join(" ");
  const control = children({ id, "aria-describedby": ids || undefined, "aria-invalid": message ? true : undefined }, Boolean(message));
  const parts = (
    <>
      <label className={inline ? "usa-sr-only" : "usa-label"} htmlFor={id}>
        {label}
      </label>
      {hint && (
        <span className="usa-hint" id={hintId}>
          {hint}
        </span>
      )}
      <ErrorMessage id={errorId} message={message} />
      {control}
    </>
  );
  if (inline) return parts;
  return <div className={["usa-form-group", message && "usa-form-group--error", className].filter(Boolean).join(" ")}>{parts}</div>;
}

/** A control's classes: its USWDS class, its error state, no top margin in a row, then the caller's. */
export function controlClass(base: string, invalid: boolean, inline: boolean | undefined, className: string | undefined) {
  return [base, invalid && "usa-input--error", inline && "margin-top-0", className].filter(Boolean).join(" ");
}

const messageOf = (error: string | string[] | undefined) => (Array.isArray(error) ? error.join(" ") : error) || undefined;

function ErrorMessage({ id, message }: { id: string | undefined; message: string | undefined }) {
  if (!message) return null;
  return (
    <span className="usa-error-message" id={id}>
      {message}
    </span>
  );
}

/**
 * A USWDS fieldset of choices (radio buttons, checkboxes) under one name: the legend asks, an error
 * message under it says what is wrong and describes the group.
 */
export function ChoiceGroup({
  name,
  legend,
  error,
  className,
  legendClassName,
  children,
}: {
  name: string;
  legend: ReactNode;
  error?: string | string[];
  className?: string;
  legendClassName?: string;
  children: ReactNode;
}) {
  const message = messageOf(error);
  const errorId = message ? `${name}-error` : undefined;
  return (
    <fieldset className={["usa-fieldset", message && "usa-form-group--error", className].filter(Boolean).join(" ")} aria-describedby={errorId}>
      <legend className={["usa-legend", legendClassName].filter(Boolean).join(" ")}>{legend}</legend>
      <ErrorMessage id={errorId} message={message} />
      {children}
    </fieldset>
  );
}
