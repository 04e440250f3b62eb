import type { ReactNode } from "react";
import { ChoiceGroup } from "./form-group";

/** One USWDS checkbox with its label and, when there is one, a description under it. */
export function Checkbox({
  id,
  name,
  value,
  label,
  description,
  defaultChecked,
  className,
}: {
  id: string;
  name: string;
  value?: string;
  label: ReactNode;
  description?: ReactNode;
  defaultChecked?: boolean;
  className?: string;
}) {
  return (
    <div className={["usa-checkbox", className].filter(Boolean).join(" ")}>
      <input className="usa-checkbox__input" id={id} type="checkbox" name={name} value={value} defaultChecked={defaultChecked} />
      <label className="usa-checkbox__label" htmlFor={id}>
        {label}
        {description && <span className="usa-checkbox__label-description">{description}</span>}
      </label>
    </div>
  );
}

/** USWDS checkboxes in a fieldset, one name for all; `children` stands in when there is nothing to choose. */
export function CheckboxGroup({
  name,
  legend,
  options,
  checked = [],
  error,
  className,
  children,
}: {
  name: string;
  legend: ReactNode;
  options: { id: string; value: string; label: ReactNode; description?: ReactNode }[];
  checked?: string[];
  error?: string | string[];
  className?: string;
  children?: ReactNode;
}) {
  return (
    <ChoiceGroup name={name} legend={legend} error={error} className={className}>
      {options.length === 0 && children}
      {options.map((o) => (
        <Checkbox key={o.value} id={o.id} name={name} value={o.value} label={o.label} description={o.description} defaultChecked={checked.includes(o.value)} />
      ))}
    </ChoiceGroup>
  );
}
