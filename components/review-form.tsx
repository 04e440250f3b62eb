"use client";
import { useFormAction } from "./use-form-action";
import { reviewAction } from "@/lib/actions/reviews";
import type { FormState } from "@/lib/validation/form-state";
import { FormAlert } from "./form-alert";

export function ReviewForm({ assessmentId, version }: { assessmentId: string; version: number }) {
  const { state, action, onSubmit, pending } = useFormAction<FormState>(reviewAction, {});
  const decisionError = state.fieldErrors?.decision;
  const commentError = state.fieldErrors?.comment;
  return (
    <form action={action} onSubmit={onSubmit} className="usa-form usa-form--large">
      <FormAlert state={state} />
      <input type="hidden" name="assessmentId" value={assessmentId} />
      <input type="hidden" name="expectedVersion" value={version} />
      <fieldset className={`usa-fieldset${decisionError ? " usa-form-group--error" : ""}`}>
        <legend className="usa-legend">Decision</legend>
        {decisionError && <span className="usa-error-message">{decisionError.join(" ")}</span>}
        <div className="usa-radio">
          <input className="usa-radio__input" id="decision-accept" type="radio" name="decision" value="ACCEPTED" />
          <label className="usa-radio__label" htmlFor="decision-accept">
            Accept: the levels are supported by the evidence
          </label>
        </div>
        <div className="usa-radio">
          <input className="usa-radio__input" id="decision-return" type="radio" name="decision" value="RETURNED" />
          <label className="usa-radio__label" htmlFor="decision-return">
            Return to the program for revision
          </label>
        </div>
      </fieldset>
      <div className={`usa-form-group${commentError ? " usa-form-group--error" : ""}`}>
        <label className="usa-label" htmlFor="review-comment">
          Comment to the program
        </label>
        <span className="usa-hint" id="review-comment-hint">
          Required when you return it: say what to revise.
        </span>
        {commentError && (
          <span className="usa-error-message" id="review-comment-error">
            {commentError.join(" ")}
          </span>
        )}
        <textarea
          className={`usa-textarea${commentError ? " usa-input--error" : ""}`}
          id="review-comment"
          name="comment"
          aria-describedby={`review-comment-hint${commentError ? " review-comment-error" : ""}`}
        />
      </div>
      <button type="submit" className="usa-button" disabled={pending}>
        Record decision
      </button>
    </form>
  );
}
