"use client";
import { setConsensusAction, type ConsensusFormState } from "@/lib/actions/team";
import { DoneAlert, FormAlert } from "../form-alert";
import { Button } from "../uswds/button";
import { HiddenFields } from "../uswds/hidden-fields";
import { RadioGroup } from "../uswds/radio-group";
import { TextareaField } from "../uswds/textarea-field";
import { useFormAction } from "../use-form-action";

/** The facilitator's answer for one practice: prefilled with the team's answer so far, or the suggestion. */
export function ConsensusForm(props: {
  assessmentId: string;
  practiceId: string;
  title: string;
  levels: { rank: number; name: string }[];
  chosen: string | null;
  rationale: string;
  version: number;
  rationaleHint: string;
}) {
  const { state, action, onSubmit, pending } = useFormAction<ConsensusFormState>(setConsensusAction, { version: props.version });
  const id = (name: string) => `${name}-${props.practiceId}`;
  return (
    <form action={action} onSubmit={onSubmit} className="usa-form usa-form--large">
      <FormAlert state={state} />
      <DoneAlert done={state.done} />
      <HiddenFields values={{ assessmentId: props.assessmentId, practiceId: props.practiceId, expectedVersion: state.version }} />
      <RadioGroup
        name="choice"
        inline
        legend={<>The team’s answer<span className="usa-sr-only"> for “{props.title}”</span></>}
        defaultValue={props.chosen ?? undefined}
        error={state.fieldErrors?.choice}
        options={[
          ...props.levels.map((l) => ({ id: id(`consensus-${l.rank}`), value: String(l.rank), label: `Level ${l.rank}: ${l.name}` })),
          { id: id("consensus-NA"), value: "NA", label: "Not applicable" },
        ]}
      />
      <TextareaField
        id={id("rationale")}
        name="rationale"
        label={<>Rationale<span className="usa-sr-only"> for “{props.title}”</span></>}
        hint={props.rationaleHint}
        defaultValue={props.rationale}
        error={state.fieldErrors?.rationale}
      />
      <Button disabled={pending}>
        Save the team’s answer<span className="usa-sr-only"> for “{props.title}”</span>
      </Button>
    </form>
  );
}
