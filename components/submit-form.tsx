"use client";
import { useActionState } from "react";
import { submitAssessmentAction, type SubmitState } from "@/lib/actions/answers";
import { FormAlert } from "./form-alert";

/** The submit key is made once per page, so every retry of this submission carries the same one. */
export function SubmitForm({ assessmentId, submitKey, disabled }: { assessmentId: string; submitKey: string; disabled: boolean }) {
  const [state, action, pending] = useActionState<SubmitState, FormData>(submitAssessmentAction, {});
  return (
    <form action={action}>
      <FormAlert state={state} />
      <input type="hidden" name="assessmentId" value={assessmentId} />
      <input type="hidden" name="submitKey" value={submitKey} />
      <button type="submit" className="usa-button usa-button--big" disabled={disabled || pending}>
        Submit for council review
      </button>
    </form>
  );
}
