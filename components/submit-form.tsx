"use client";
import { useActionState } from "react";
import { submitAssessmentAction, type SubmitState } from "@/lib/actions/answers";
import { FormAlert } from "./form-alert";
import { Button } from "./uswds/button";
import { HiddenFields } from "./uswds/hidden-fields";

/** The submit key is made once per page, so every retry of this submission carries the same one. */
export function SubmitForm({ assessmentId, submitKey, disabled }: { assessmentId: string; submitKey: string; disabled: boolean }) {
  const [state, action, pending] = useActionState<SubmitState, FormData>(submitAssessmentAction, {});
  return (
    <form action={action}>
      <FormAlert state={state} />
      <HiddenFields values={{ assessmentId, submitKey }} />
      <Button variant="big" disabled={disabled || pending}>
        Submit for council review
      </Button>
    </form>
  );
}
