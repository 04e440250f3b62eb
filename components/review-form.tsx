"use client";
import { useFormAction } from "./use-form-action";
import { reviewAction } from "@/lib/actions/reviews";
import type { FormState } from "@/lib/validation/form-state";
import { FormAlert } from "./form-alert";
import { Button } from "./uswds/button";
import { HiddenFields } from "./uswds/hidden-fields";
import { RadioGroup } from "./uswds/radio-group";
import { TextareaField } from "./uswds/textarea-field";

type PracticesByDiscipline = { key: string; name: string; practices: { id: string; title: string }[] }[];

export function ReviewForm({ assessmentId, version, disciplines }: { assessmentId: string; version: number; disciplines: PracticesByDiscipline }) {
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
      <fieldset className="usa-fieldset margin-top-3">
        <legend className="usa-legend">Comments on single practices (optional)</legend>
        <p className="usa-hint">
          Name the practices the decision is about. Each comment opens that practice’s discussion; with a return, it asks the program to look at the answer again.
        </p>
        {disciplines.map((d) => (
          <details key={d.key} className="margin-top-1">
            <summary>{d.name}</summary>
            {d.practices.map((p) => (
              <TextareaField key={p.id} id={`practice-comment-${p.id}`} name={`practice-${p.id}`} label={`Comment on ${p.title}`} className="margin-left-2" />
            ))}
          </details>
        ))}
      </fieldset>
      <Button disabled={pending}>Record decision</Button>
    </form>
  );
}
