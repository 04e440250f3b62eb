"use client";
import { useActionState } from "react";
import { startAssessmentAction } from "@/lib/actions/assessments";
import { FormAlert } from "./form-alert";

export function StartAssessmentForm({ programId, cycleId, cycleName }: { programId: string; cycleId: string; cycleName: string }) {
  const [state, action, pending] = useActionState(startAssessmentAction, {});
  return (
    <form action={action}>
      <FormAlert state={state} />
      <input type="hidden" name="programId" value={programId} />
      <input type="hidden" name="cycleId" value={cycleId} />
      <button type="submit" className="usa-button" disabled={pending}>
        Start the {cycleName} self-assessment
      </button>
    </form>
  );
}
