import type { SelectHTMLAttributes } from "react";
import { controlClass, FormGroup, type FieldProps } from "./form-group";

export type Option = { value: string | number; label: string };

/**
 * A USWDS select with its label, hint and error. `placeholder` is a first choice with an empty value
 * ("None", "Any status"); `groups` puts the options under headings (optgroups).
 */
export function SelectField({
  id,
  label,
  hint,
  error,
  inline,
  className,
  selectClassName,
  options = [],
  groups = [],
  placeholder,
  "aria-describedby": describedBy,
  ...select
}: FieldProps &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "placeholder"> & {
    selectClassName?: string;
    options?: Option[];
    groups?: { label: string; options: Option[] }[];
    placeholder?: string;
  }) {
  const optionList = (list: Option[]) =>
    list.map((o) => (
      <option key={o.value} value={o.value}>
        {o.label}
      </option>
    ));
  return (
    <FormGroup id={id} label={label} hint={hint} error={error} inline={inline} className={className} describedBy={describedBy}>
      {(control, invalid) => (
        <select {...select} {...control} className={controlClass("usa-select", invalid, inline, selectClassName)}>
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {optionList(options)}
          {groups.map((g) => (
            <optgroup key={g.label} label={g.label}>
              {optionList(g.options)}
            </optgroup>
          ))}
        </select>
      )}
    </FormGroup>
  );
}

/** The options of a select from a record of labels by value. */
export const optionsOf = (labels: Record<string, string>): Option[] => Object.entries(labels).map(([value, label]) => ({ value, label }));
