"use client";
import { useFormAction } from "../use-form-action";
import { savePlanActionAction } from "@/lib/actions/action-plans";
import type { PlanActionView } from "@/lib/data-access/types";
import type { FormState } from "@/lib/validation/form-state";
import { FormAlert } from "../form-alert";
import { Button } from "../uswds/button";
import { Checkbox, CheckboxGroup } from "../uswds/checkbox";
import { HiddenFields } from "../uswds/hidden-fields";
import { SelectField } from "../uswds/select-field";
import { TextField } from "../uswds/text-field";
import { TextareaField } from "../uswds/textarea-field";

const value = (n: number | null) => (n === null ? "" : String(n));

/**
 * One action of a plan: what will be done, its measurable target (measure, baseline and target in a
 * unit), its time frame and owner, the practices it serves and the level it should reach; or why it
 * is not planned. A draft may be saved incomplete: sign-off says what is missing.
 */
export function PlanActionForm({
  action: a,
  practices,
  levels,
}: {
  action: PlanActionView;
  practices: { key: string; title: string }[];
  levels: { rank: number; name: string }[];
}) {
  const { state, action, onSubmit, pending } = useFormAction<FormState>(savePlanActionAction, {});
  const e = state.fieldErrors ?? {};
  return (
    <form action={action} onSubmit={onSubmit} className="usa-form usa-form--large" noValidate>
      <FormAlert state={state} />
      <HiddenFields values={{ actionId: a.id, expectedVersion: a.version }} />
      <TextField id="plan-action-title" name="title" label="What will be done" defaultValue={a.title} error={e.title} />
      <CheckboxGroup
        name="practiceKeys"
        legend="Practices it serves (optional)"
        error={e.practiceKeys}
        checked={a.practiceKeys}
        options={practices.map((p) => ({ id: `plan-action-practice-${p.key}`, value: p.key, label: p.title }))}
      />
      <fieldset className="usa-fieldset margin-top-3">
        <legend className="usa-legend usa-legend--large">Measurable target</legend>
        <TextField
          id="plan-action-measure"
          name="measure"
          label="Measure"
          hint="What will be counted, like “post-transaction survey coverage of top tasks”."
          defaultValue={a.measure}
          error={e.measure}
        />
        <TextField id="plan-action-baseline" name="baselineValue" label="Baseline value (optional)" hint="Where it stands today, a number." inputMode="decimal" defaultValue={value(a.baselineValue)} error={e.baselineValue} />
        <TextField id="plan-action-target" name="targetValue" label="Target value" hint="Where it should be by the due date, a number." inputMode="decimal" defaultValue={value(a.targetValue)} error={e.targetValue} />
        <TextField id="plan-action-unit" name="unit" label="Unit (optional)" hint="Like %, days or surveys." defaultValue={a.unit} error={e.unit} />
      </fieldset>
      <fieldset className="usa-fieldset margin-top-3">
        <legend className="usa-legend usa-legend--large">Time frame and owner</legend>
        <TextField id="plan-action-start" name="startOn" type="date" label="Start date" defaultValue={a.startOn ?? ""} error={e.startOn} />
        <TextField id="plan-action-due" name="dueOn" type="date" label="Due date" defaultValue={a.dueOn ?? ""} error={e.dueOn} />
        <TextField id="plan-action-owner" name="ownerName" label="Owner" hint="The person or office accountable for it." defaultValue={a.ownerName} error={e.ownerName} />
        <SelectField
          id="plan-action-level"
          name="expectedLevel"
          label="Level it is expected to reach (optional)"
          defaultValue={value(a.expectedLevel)}
          placeholder="Not set"
          error={e.expectedLevel}
          options={levels.map((l) => ({ value: l.rank, label: `${l.rank} · ${l.name}` }))}
        />
      </fieldset>
      <fieldset className="usa-fieldset margin-top-3">
        <legend className="usa-legend usa-legend--large">Not planned</legend>
        <Checkbox id="plan-action-not-planned" name="notPlanned" value="on" label="This action is not planned this year" defaultChecked={a.notPlanned} />
        <TextareaField id="plan-action-reason" name="notPlannedReason" label="Why it is not planned" hint="Needed when it is not planned." defaultValue={a.notPlannedReason} error={e.notPlannedReason} />
      </fieldset>
      <Button className="margin-top-3" disabled={pending}>
        Save the action
      </Button>
    </form>
  );
}
