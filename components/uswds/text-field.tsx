import type { InputHTMLAttributes } from "react";
import { controlClass, FormGroup, type FieldProps } from "./form-group";

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id">;

/** A USWDS text input (also email, password, date, url, search) with its label, hint and error. */
export function TextField({ id, label, hint, error, inline, className, inputClassName, "aria-describedby": describedBy, ...input }: FieldProps & InputProps & { inputClassName?: string }) {
  return (
    <FormGroup id={id} label={label} hint={hint} error={error} inline={inline} className={className} describedBy={describedBy}>
      {(control, invalid) => <input {...input} {...control} className={controlClass("usa-input", invalid, inline, inputClassName)} />}
    </FormGroup>
  );
}

/**
 * A USWDS file input with its label, hint and error. With `limit`, a file over it is refused in the
 * browser with the app's own words before it is sent (the server checks it again).
 */
export function FileField({
  id,
  label,
  hint,
  error,
  className,
  limit,
  ...input
}: Omit<FieldProps, "inline"> & Omit<InputProps, "type"> & { limit?: { bytes: number; message: string } }) {
  const check = (field: HTMLInputElement) => {
    const file = field.files?.[0];
    field.setCustomValidity(limit && file && file.size > limit.bytes ? limit.message : "");
  };
  return (
    <FormGroup id={id} label={label} hint={hint} error={error} className={className}>
      {(control) => <input {...input} {...control} type="file" className="usa-file-input" onChange={limit ? (e) => check(e.currentTarget) : input.onChange} />}
    </FormGroup>
  );
}
