"use client";
import { useActionState } from "react";
import { startAssessmentAction } from "@/lib/actions/assessments";
import { FormAlert } from "./form-alert";
import { Button } from "./uswds/button";
import { HiddenFields } from "./uswds/hidden-fields";
import { RadioGroup } from "./uswds/radio-group";

/** Starts the open cycle's self-assessment: from the last accepted answers when there are some, or blank. */
export function StartAssessmentForm({ programId, cycleId, cycleName, carryFrom }: { programId: string; cycleId: string; cycleName: string; carryFrom: string | null }) {
  const [state, action, pending] = useActionState(startAssessmentAction, {});
  return (
    <form action={action} className="usa-form usa-form--large">
      <FormAlert state={state} />
      <HiddenFields values={{ programId, cycleId }} />
      {carryFrom && (
        <RadioGroup
          name="start"
          legend={`How do you want to start the ${cycleName} self-assessment?`}
          defaultValue="carry"
          error={state.fieldErrors?.start}
          options={[
            {
              id: "start-carry",
              value: "carry",
              label: (
                <>
                  From the {carryFrom} accepted answers
                  <span className="usa-checkbox__label-description">Each answer, evidence note and link is copied; confirm or change each one before you submit.</span>
                </>
              ),
            },
            { id: "start-blank", value: "blank", label: "Blank: answer every practice afresh" },
          ]}
        />
      )}
      <Button disabled={pending}>Start the {cycleName} self-assessment</Button>
    </form>
  );
}
