import { ActionForm } from "../action-form";
import { HiddenFields } from "../uswds/hidden-fields";
import { TextField } from "../uswds/text-field";
import type { FormState } from "@/lib/validation/form-state";

/** A name and a Rename button on one line, for a row of a list; `values` says what is renamed (its id and version). */
export function RenameForm({
  action,
  values,
  inputId,
  name,
  className,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  values: Record<string, string | number>;
  inputId: string;
  name: string;
  className?: string;
}) {
  return (
    <ActionForm
      action={action}
      submitLabel={
        <>
          Rename<span className="usa-sr-only"> {name}</span>
        </>
      }
      className={["display-flex flex-align-end", className].filter(Boolean).join(" ")}
      variant="outline"
      buttonClassName="margin-left-1"
    >
      <HiddenFields values={values} />
      <TextField inline id={inputId} name="name" label={`New name for ${name}`} defaultValue={name} />
    </ActionForm>
  );
}
