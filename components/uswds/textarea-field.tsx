import type { TextareaHTMLAttributes } from "react";
import { controlClass, FormGroup, type FieldProps } from "./form-group";

/** A USWDS textarea with its label, hint and error. */
export function TextareaField({
  id,
  label,
  hint,
  error,
  className,
  textareaClassName,
  ...textarea
}: Omit<FieldProps, "inline"> & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id"> & { textareaClassName?: string }) {
  return (
    <FormGroup id={id} label={label} hint={hint} error={error} className={className}>
      {(control, invalid) => <textarea {...textarea} {...control} className={controlClass("usa-textarea", invalid, false, textareaClassName)} />}
    </FormGroup>
  );
}
