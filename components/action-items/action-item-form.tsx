"use client";
import { useFormAction } from "../use-form-action";
import { createActionItemAction } from "@/lib/actions/action-items";
import type { FormState } from "@/lib/validation/form-state";
import { FormAlert } from "../form-alert";

type Props = {
  programId: string;
  disciplineKey: string;
  practiceKey: string | null;
  practices: { key: string; title: string }[];
  resources: { id: string; title: string; publisher: string; format: string }[];
};

function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  return errors ? (
    <span className="usa-error-message" id={id}>
      {errors.join(" ")}
    </span>
  ) : null;
}

export function ActionItemForm({ programId, disciplineKey, practiceKey, practices, resources }: Props) {
  const { state, action, onSubmit, pending } = useFormAction<FormState>(createActionItemAction, {});
  const e = state.fieldErrors ?? {};
  return (
    <form action={action} onSubmit={onSubmit} className="usa-form usa-form--large" noValidate>
      <FormAlert state={state} />
      <input type="hidden" name="programId" value={programId} />
      <input type="hidden" name="disciplineKey" value={disciplineKey} />
      <label className="usa-label" htmlFor="action-practice">
        Practice (optional)
      </label>
      <select className="usa-select" id="action-practice" name="practiceKey" defaultValue={practiceKey ?? ""}>
        <option value="">The discipline as a whole</option>
        {practices.map((p) => (
          <option key={p.key} value={p.key}>
            {p.title}
          </option>
        ))}
      </select>
      <div className={`usa-form-group${e.title ? " usa-form-group--error" : ""}`}>
        <label className="usa-label" htmlFor="action-title">
          What will be done
        </label>
        <FieldError id="action-title-error" errors={e.title} />
        <input className="usa-input" id="action-title" name="title" aria-describedby={e.title ? "action-title-error" : undefined} />
      </div>
      <div className={`usa-form-group${e.ownerName ? " usa-form-group--error" : ""}`}>
        <label className="usa-label" htmlFor="action-owner">
          Owner
        </label>
        <FieldError id="action-owner-error" errors={e.ownerName} />
        <input className="usa-input" id="action-owner" name="ownerName" aria-describedby={e.ownerName ? "action-owner-error" : undefined} />
      </div>
      <div className={`usa-form-group${e.dueOn ? " usa-form-group--error" : ""}`}>
        <label className="usa-label" htmlFor="action-due">
          Due date (optional)
        </label>
        <FieldError id="action-due-error" errors={e.dueOn} />
        <input className="usa-input" type="date" id="action-due" name="dueOn" aria-describedby={e.dueOn ? "action-due-error" : undefined} />
      </div>
      <fieldset className="usa-fieldset margin-top-3">
        <legend className="usa-legend">Toolkit resources to use (recommended for this gap)</legend>
        <FieldError id="action-resources-error" errors={e.resourceIds} />
        {resources.length === 0 && <p>No toolkit resource is mapped to this gap.</p>}
        {resources.map((r) => (
          <div className="usa-checkbox" key={r.id}>
            <input className="usa-checkbox__input" id={`resource-${r.id}`} type="checkbox" name="resourceIds" value={r.id} />
            <label className="usa-checkbox__label" htmlFor={`resource-${r.id}`}>
              {r.title}
              {(r.publisher || r.format) && <span className="usa-checkbox__label-description">{[r.publisher, r.format].filter(Boolean).join(" · ")}</span>}
            </label>
          </div>
        ))}
      </fieldset>
      <label className="usa-label" htmlFor="action-notes">
        Notes (optional)
      </label>
      <textarea className="usa-textarea" id="action-notes" name="notes" />
      <button type="submit" className="usa-button margin-top-3" disabled={pending}>
        Add action item
      </button>
    </form>
  );
}
