import type { ReactNode } from "react";
import { ChoiceGroup } from "./form-group";

/** USWDS radio buttons in a fieldset, one question; `inline` sets the choices side by side (a filter bar). */
export function RadioGroup({
  name,
  legend,
  options,
  defaultValue,
  error,
  inline = false,
  className,
  legendClassName,
}: {
  name: string;
  legend: ReactNode;
  options: { id: string; value: string; label: ReactNode }[];
  defaultValue?: string;
  error?: string | string[];
  inline?: boolean;
  className?: string;
  legendClassName?: string;
}) {
  return (
    <ChoiceGroup name={name} legend={legend} error={error} className={className} legendClassName={legendClassName}>
      {options.map((o, i) => (
        <div key={o.value} className={inline ? `usa-radio display-inline-block${i < options.length - 1 ? " margin-right-2" : ""}` : "usa-radio"}>
          <input className="usa-radio__input" id={o.id} type="radio" name={name} value={o.value} defaultChecked={defaultValue === undefined ? undefined : defaultValue === o.value} />
          <label className={inline ? "usa-radio__label margin-top-1" : "usa-radio__label"} htmlFor={o.id}>
            {o.label}
          </label>
        </div>
      ))}
    </ChoiceGroup>
  );
}
