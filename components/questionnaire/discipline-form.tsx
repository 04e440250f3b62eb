"use client";
import { useActionState } from "react";
import { saveDisciplineAction, type DisciplineFormState } from "@/lib/actions/answers";
import { FormAlert } from "../form-alert";
import { PracticeFieldset, type PracticeQuestion } from "./practice-fieldset";

export function DisciplineForm(props: {
  assessmentId: string;
  practices: PracticeQuestion[];
  levels: { rank: number; name: string }[];
  editable: boolean;
  notApplicableNeedsReason: boolean;
  nextHref: string;
  nextLabel: string;
}) {
  const [state, action, pending] = useActionState<DisciplineFormState, FormData>(saveDisciplineAction, {});
  return (
    <form action={action} noValidate>
      <FormAlert state={{ message: state.message }} />
      <input type="hidden" name="assessmentId" value={props.assessmentId} />
      <input type="hidden" name="practiceIds" value={props.practices.map((p) => p.id).join(",")} />
      <input type="hidden" name="next" value={props.nextHref} />
      {props.practices.map((p, i) => (
        // A new version from the server (someone else's save) remounts the practice with their answer.
        <PracticeFieldset
          key={`${p.id}:${p.answer?.version ?? 0}`}
          assessmentId={props.assessmentId}
          number={i + 1}
          practice={p}
          levels={props.levels}
          editable={props.editable}
          notApplicableNeedsReason={props.notApplicableNeedsReason}
          serverErrors={state.fieldErrors?.[p.id]}
        />
      ))}
      {props.editable && (
        <button type="submit" className="usa-button" disabled={pending}>
          Save and {props.nextLabel}
        </button>
      )}
    </form>
  );
}
