"use client";
import { useFormAction } from "../use-form-action";
import { createActionItemAction } from "@/lib/actions/action-items";
import type { FormState } from "@/lib/validation/form-state";
import { FormAlert } from "../form-alert";
import { Button } from "../uswds/button";
import { CheckboxGroup } from "../uswds/checkbox";
import { HiddenFields } from "../uswds/hidden-fields";
import { SelectField } from "../uswds/select-field";
import { TextField } from "../uswds/text-field";
import { TextareaField } from "../uswds/textarea-field";

type Props = {
  programId: string;
  disciplineKey: string;
  practiceKey: string | null;
  practices: { key: string; title: string }[];
  resources: { id: string; title: string; publisher: string; format: string }[];
};

export function ActionItemForm({ programId, disciplineKey, practiceKey, practices, resources }: Props) {
  const { state, action, onSubmit, pending } = useFormAction<FormState>(createActionItemAction, {});
  const e = state.fieldErrors ?? {};
  return (
    <form action={action} onSubmit={onSubmit} className="usa-form usa-form--large" noValidate>
      <FormAlert state={state} />
      <HiddenFields values={{ programId, disciplineKey }} />
      <SelectField
        id="action-practice"
        name="practiceKey"
        label="Practice (optional)"
        defaultValue={practiceKey ?? ""}
        placeholder="The discipline as a whole"
        options={practices.map((p) => ({ value: p.key, label: p.title }))}
      />
      <TextField id="action-title" name="title" label="What will be done" error={e.title} />
      <TextField id="action-owner" name="ownerName" label="Owner" error={e.ownerName} />
      <TextField id="action-due" name="dueOn" type="date" label="Due date (optional)" error={e.dueOn} />
      <CheckboxGroup
        name="resourceIds"
        legend="Toolkit resources to use (recommended for this gap)"
        error={e.resourceIds}
        className="margin-top-3"
        options={resources.map((r) => ({ id: `resource-${r.id}`, value: r.id, label: r.title, description: [r.publisher, r.format].filter(Boolean).join(" · ") }))}
      >
        <p>No toolkit resource is mapped to this gap.</p>
      </CheckboxGroup>
      <TextareaField id="action-notes" name="notes" label="Notes (optional)" />
      <Button className="margin-top-3" disabled={pending}>
        Add action item
      </Button>
    </form>
  );
}
