"use client";
import { useActionState } from "react";
import { startAssessmentAction } from "@/lib/actions/assessments";
import { FormAlert } from "./form-alert";
import { Button } from "./uswds/button";
import { HiddenFields } from "./uswds/hidden-fields";

export function StartAssessmentForm({ programId, cycleId, cycleName }: { programId: string; cycleId: string; cycleName: string }) {
  const [state, action, pending] = useActionState(startAssessmentAction, {});
  return (
    <form action={action}>
      <FormAlert state={state} />
      <HiddenFields values={{ programId, cycleId }} />
      <Button disabled={pending}>Start the {cycleName} self-assessment</Button>
    </form>
  );
}
