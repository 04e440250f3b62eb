"use client";
import { useEffect, useRef } from "react";
import { saveRatingAction, type RatingFormState } from "@/lib/actions/team";
import { confidenceLabels, confidences } from "@/lib/scoring/agreement";
import { formatTimestamp } from "@/lib/format";
import { FormAlert } from "../form-alert";
import { HiddenFields } from "../uswds/hidden-fields";
import { useFormAction } from "../use-form-action";

export type RatingQuestion = {
  id: string;
  title: string;
  description: string;
  descriptors: { levelRank: number; text: string }[];
  rating: { choice: string; confidence: string; note: string; version: number } | null;
};

/**
 * One practice on a respondent's rating sheet: a level (or not applicable), a confidence and a note.
 * It saves itself when a choice changes or the note is left; the button saves it without scripts.
 * One save at a time, each with the version the last one returned, so quick changes never conflict
 * with themselves.
 */
export function RatingForm({ assessmentId, number, practice, levels, editable }: { assessmentId: string; number: number; practice: RatingQuestion; levels: { rank: number; name: string }[]; editable: boolean }) {
  const { state, action, onSubmit, pending } = useFormAction<RatingFormState>(saveRatingAction, { version: practice.rating?.version ?? 0 });
  const form = useRef<HTMLFormElement>(null);
  const waiting = useRef(false);
  const savedNote = useRef(practice.rating?.note ?? "");
  const ids = (name: string) => `${name}-${practice.id}`;

  const saveSoon = () => {
    if (!form.current?.querySelector<HTMLInputElement>(`input[name="choice"]:checked`)) return;
    if (pending) waiting.current = true;
    else form.current.requestSubmit();
  };
  useEffect(() => {
    if (!pending && waiting.current) {
      waiting.current = false;
      form.current?.requestSubmit();
    }
  }, [pending]);

  const levelName = (rank: number) => `Level ${rank}: ${levels[rank - 1]?.name ?? ""}`;
  return (
    <form ref={form} action={action} onSubmit={onSubmit} className="margin-bottom-6" id={ids("practice")}>
      <HiddenFields values={{ assessmentId, practiceId: practice.id, expectedVersion: state.version }} />
      <fieldset className="usa-fieldset">
        <legend className="usa-legend font-heading-lg text-bold">
          {number}. {practice.title}
        </legend>
        {practice.description && <p className="usa-hint maxw-tablet-lg">{practice.description}</p>}
        <FormAlert state={state} />
        <div className="usa-radio">
          {[...practice.descriptors.map((d) => ({ value: String(d.levelRank), label: levelName(d.levelRank), text: d.text })), { value: "NA", label: "Not applicable", text: "This practice does not apply to this program." }].map(
            (o) => (
              <div key={o.value}>
                <input
                  className="usa-radio__input usa-radio__input--tile"
                  id={ids(`rating-${o.value}`)}
                  type="radio"
                  name="choice"
                  value={o.value}
                  defaultChecked={practice.rating?.choice === o.value}
                  disabled={!editable}
                  onChange={saveSoon}
                />
                <label className="usa-radio__label" htmlFor={ids(`rating-${o.value}`)}>
                  {o.label}
                  <span className="usa-checkbox__label-description">{o.text}</span>
                </label>
              </div>
            ),
          )}
        </div>
        <fieldset className="usa-fieldset margin-top-2">
          <legend className="usa-legend">How confident are you in this rating?</legend>
          {confidences.map((c) => (
            <div key={c} className="usa-radio display-inline-block margin-right-2">
              <input
                className="usa-radio__input"
                id={ids(`confidence-${c}`)}
                type="radio"
                name="confidence"
                value={c}
                defaultChecked={(practice.rating?.confidence ?? "MEDIUM") === c}
                disabled={!editable}
                onChange={saveSoon}
              />
              <label className="usa-radio__label margin-top-1" htmlFor={ids(`confidence-${c}`)}>
                {confidenceLabels[c]}
              </label>
            </div>
          ))}
        </fieldset>
        <label className="usa-label" htmlFor={ids("rating-note")}>
          Note (optional)
        </label>
        <span className="usa-hint" id={ids("rating-note-hint")}>
          What your rating rests on: seen for yourself, heard, or assumed.
        </span>
        <textarea
          className="usa-textarea"
          id={ids("rating-note")}
          name="note"
          aria-describedby={ids("rating-note-hint")}
          defaultValue={practice.rating?.note ?? ""}
          readOnly={!editable}
          onBlur={(e) => {
            if (e.currentTarget.value === savedNote.current) return;
            savedNote.current = e.currentTarget.value;
            saveSoon();
          }}
        />
      </fieldset>
      {editable && (
        <button type="submit" className="usa-button usa-button--outline margin-top-1" disabled={pending}>
          Save rating<span className="usa-sr-only"> of {practice.title}</span>
        </button>
      )}
      <p className="margin-top-1 text-base-dark font-body-2xs" aria-live="polite" data-testid={`rating-status-${practice.id}`}>
        {pending ? "Saving…" : state.savedAt ? `Saved ${formatTimestamp(state.savedAt)}` : practice.rating ? "Rated" : "Not rated yet"}
      </p>
    </form>
  );
}
