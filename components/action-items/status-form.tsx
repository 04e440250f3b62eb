"use client";
import { useActionState } from "react";
import { setActionItemStatusAction } from "@/lib/actions/action-items";
import type { FormState } from "@/lib/validation/form-state";
import { actionItemStatusLabels } from "@/lib/action-item-status";
import { Button } from "../uswds/button";
import { HiddenFields } from "../uswds/hidden-fields";
import { optionsOf, SelectField } from "../uswds/select-field";

const statusOptions = optionsOf(actionItemStatusLabels);

export function ActionItemStatusForm({ id, title, status, version }: { id: string; title: string; status: keyof typeof actionItemStatusLabels; version: number }) {
  const [state, action, pending] = useActionState<FormState, FormData>(setActionItemStatusAction, {});
  return (
    <form action={action} className="display-flex flex-align-end flex-wrap">
      <HiddenFields values={{ actionItemId: id, expectedVersion: version }} />
      <div className="margin-right-1">
        <SelectField inline id={`status-${id}`} name="status" label={`Status of “${title}”`} selectClassName="width-card" defaultValue={status} options={statusOptions} />
      </div>
      <Button variant="outline" className="margin-top-1" disabled={pending}>
        Update<span className="usa-sr-only"> “{title}”</span>
      </Button>
      {state.message && (
        <span className="usa-error-message display-block width-full" role="alert">
          {state.message}
        </span>
      )}
    </form>
  );
}
