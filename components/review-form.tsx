"use client";
import { useFormAction } from "./use-form-action";
import { reviewAction } from "@/lib/actions/reviews";
import type { FormState } from "@/lib/validation/form-state";
import { FormAlert } from "./form-alert";
import { Button } from "./uswds/button";
import { HiddenFields } from "./uswds/hidden-fields";
import { RadioGroup } from "./uswds/radio-group";
import { SelectField } from "./uswds/select-field";
import { TextareaField } from "./uswds/textarea-field";

/** Each practice with the program's answer in words ("Level 3: Strategic", "Not applicable", "Not answered"). */
type PracticesByDiscipline = { key: string; name: string; practices: { id: string; title: string; answer: string }[] }[];

export function ReviewForm({ assessmentId, version, disciplines, levels }: { assessmentId: string; version: number; disciplines: PracticesByDiscipline; levels: string[] }) {
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
        <legend className="usa-legend">Each practice: the validated answer, and comments (optional)</legend>
        <p className="usa-hint">
          On acceptance, the council agrees with each answer or validates another one and says why; both are kept, and the validated one is scored. A comment
          opens that practice’s discussion; with a return, it asks the program to look at the answer again.
        </p>
        {disciplines.map((d) => {
          const flagged = d.practices.some((p) => state.fieldErrors?.[`reason-${p.id}`]);
          return (
            <details key={d.key} className="margin-top-1" open={flagged || undefined}>
              <summary>{d.name}</summary>
              {d.practices.map((p) => (
                <fieldset key={p.id} className="usa-fieldset margin-left-2 margin-top-2">
                  <legend className="usa-legend text-bold">{p.title}</legend>
                  <SelectField
                    id={`validated-${p.id}`}
                    name={`validated-${p.id}`}
                    label={<>Validated answer<span className="usa-sr-only"> for “{p.title}”</span></>}
                    defaultValue="AGREE"
                    options={[
                      { value: "AGREE", label: `Agree: ${p.answer}` },
                      ...levels.map((name, i) => ({ value: String(i + 1), label: `Level ${i + 1}: ${name}` })),
                      { value: "NA", label: "Not applicable" },
                    ]}
                  />
                  <TextareaField
                    id={`reason-${p.id}`}
                    name={`reason-${p.id}`}
                    label={<>Why another answer<span className="usa-sr-only"> for “{p.title}”</span></>}
                    hint="Needed when you validate another answer than the program’s."
                    error={state.fieldErrors?.[`reason-${p.id}`]}
                    textareaClassName="height-10"
                  />
                  <TextareaField id={`practice-comment-${p.id}`} name={`practice-${p.id}`} label={`Comment on ${p.title}`} textareaClassName="height-10" />
                </fieldset>
              ))}
            </details>
          );
        })}
      </fieldset>
      <Button disabled={pending}>Record decision</Button>
    </form>
  );
}
