"use client";
import { useActionState } from "react";
import { setActionItemStatusAction } from "@/lib/actions/action-items";
import type { FormState } from "@/lib/validation/form-state";
import { actionItemStatusLabels } from "@/lib/action-item-status";

export function ActionItemStatusForm({ id, title, status, version }: { id: string; title: string; status: keyof typeof actionItemStatusLabels; version: number }) {
  const [state, action, pending] = useActionState<FormState, FormData>(setActionItemStatusAction, {});
  return (
    <form action={action} className="display-flex flex-align-end flex-wrap">
      <input type="hidden" name="actionItemId" value={id} />
      <input type="hidden" name="expectedVersion" value={version} />
      <div className="margin-right-1">
        <label className="usa-sr-only" htmlFor={`status-${id}`}>
          Status of “{title}”
        </label>
        <select className="usa-select margin-top-0 width-card" id={`status-${id}`} name="status" defaultValue={status}>
          {Object.entries(actionItemStatusLabels).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="usa-button usa-button--outline margin-top-1" disabled={pending}>
        Update<span className="usa-sr-only"> “{title}”</span>
      </button>
      {state.message && (
        <span className="usa-error-message display-block width-full" role="alert">
          {state.message}
        </span>
      )}
    </form>
  );
}
