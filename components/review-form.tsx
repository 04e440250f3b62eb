"use client";
import { useFormAction } from "./use-form-action";
import { reviewAction } from "@/lib/actions/reviews";
import type { FormState } from "@/lib/validation/form-state";
import { FormAlert } from "./form-alert";
import { Button } from "./uswds/button";
import { HiddenFields } from "./uswds/hidden-fields";
import { RadioGroup } from "./uswds/radio-group";
import { TextareaField } from "./uswds/textarea-field";

export function ReviewForm({ assessmentId, version }: { assessmentId: string; version: number }) {
  const { state, action, onSubmit, pending } = useFormAction<FormState>(reviewAction, {});
  return (
    <form action={action} onSubmit={onSubmit} className="usa-form usa-form--large">
      <FormAlert state={state} />
      <HiddenFields values={{ assessmentId, expectedVersion: version }} />
      <RadioGroup
        name="decision"
        legend="Decision"
        error={state.fieldErrors?.decision}
        options={[
          { id: "decision-accept", value: "ACCEPTED", label: "Accept: the levels are supported by the evidence" },
          { id: "decision-return", value: "RETURNED", label: "Return to the program for revision" },
        ]}
      />
      <TextareaField id="review-comment" name="comment" label="Comment to the program" hint="Required when you return it: say what to revise." error={state.fieldErrors?.comment} />
      <Button disabled={pending}>Record decision</Button>
    </form>
  );
}
