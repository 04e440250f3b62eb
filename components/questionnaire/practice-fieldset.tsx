"use client";
import { Fragment, useEffect, useRef } from "react";
import Link from "next/link";
import { saveAnswerAction } from "@/lib/actions/answers";
import type { AnswerView, Choice } from "@/lib/data-access/types";
import { formatTimestamp } from "@/lib/format";
import { Tag } from "../uswds/tag";
import { useAutosave, type EvidenceField } from "./use-autosave";

export type PracticeQuestion = {
  id: string;
  title: string;
  description: string;
  descriptors: { levelRank: number; text: string }[];
  answer: AnswerView | null;
  /** The practice's discussion: how many comments, and how many ask for another look. */
  discussion: { comments: number; openFlags: number };
  /** Who answers this practice, when the lead assigned it on its own. */
  assignedTo: { name: string; dueOn: string | null } | null;
};

/** The two evidence fields, each a label, a hint and a textarea named `<id>-<practice id>`. */
const evidenceFields: { field: EvidenceField; id: string; label: string; hint: string; className: string }[] = [
  { field: "evidenceNote", id: "note", label: "Evidence note (optional)", hint: "What shows this level: documents, data, decisions.", className: "usa-textarea" },
  { field: "evidenceLinks", id: "links", label: "Evidence links (optional)", hint: "One web address per line, starting with https://", className: "usa-textarea height-10" },
];

/**
 * One practice: its five level descriptors as answer options, "not applicable", and evidence.
 * Saves itself as the user answers; without scripts, the surrounding form's button saves everything.
 */
export function PracticeFieldset(props: {
  assessmentId: string;
  number: number;
  practice: PracticeQuestion;
  levels: { rank: number; name: string }[];
  editable: boolean;
  notApplicableNeedsReason: boolean;
  serverErrors?: string[];
}) {
  const { assessmentId, practice, levels, editable } = props;
  const { draft, saved, state, choose, type, leave, saveMine, keepTheirs } = useAutosave({
    assessmentId,
    practiceId: practice.id,
    answer: practice.answer,
    saveAnswer: saveAnswerAction,
  });
  const conflictRef = useRef<HTMLDivElement>(null);
  const ids = (name: string) => `${name}-${practice.id}`;

  useEffect(() => {
    if (state.kind === "conflict") conflictRef.current?.focus();
  }, [state.kind]);

  const levelName = (choice: Choice) => (choice === "NA" ? "Not applicable" : `Level ${choice}: ${levels[Number(choice) - 1]?.name ?? ""}`);
  const errors = state.kind === "error" ? [state.message] : (props.serverErrors ?? []);
  const option = (id: string, value: Choice, description: string) => (
    <>
      <input
        className="usa-radio__input usa-radio__input--tile"
        id={ids(id)}
        type="radio"
        name={`choice-${practice.id}`}
        value={value}
        checked={draft.choice === value}
        disabled={!editable}
        onChange={() => choose(value)}
      />
      <label className="usa-radio__label" htmlFor={ids(id)}>
        {levelName(value)}
        <span className="usa-checkbox__label-description">{description}</span>
      </label>
    </>
  );

  return (
    <fieldset className="usa-fieldset margin-bottom-6" id={ids("practice")}>
      <legend className="usa-legend font-heading-lg text-bold">
        {props.number}. {practice.title}
      </legend>
      {practice.description && <p className="usa-hint maxw-tablet-lg">{practice.description}</p>}
      {practice.assignedTo && (
        <p className="margin-y-1">
          Assigned to {practice.assignedTo.name}
          {practice.assignedTo.dueOn && `, due ${practice.assignedTo.dueOn}`}
        </p>
      )}
      {saved?.carriedOver && (
        <p className="margin-y-1">
          <span className="usa-tag">Carried over</span> from the last accepted assessment: change it, or confirm it at the end of the page.
        </p>
      )}
      <input type="hidden" name={`version-${practice.id}`} value={saved?.version ?? 0} />
      {errors.length > 0 && (
        <span className="usa-error-message" role="alert">
          {errors.join(" ")}
        </span>
      )}
      <div className="usa-radio">
        {practice.descriptors.map((d) => (
          <div key={d.levelRank}>{option(`level-${d.levelRank}`, String(d.levelRank) as Choice, d.text)}</div>
        ))}
        {option(
          "level-na",
          "NA",
          props.notApplicableNeedsReason
            ? "This practice does not apply to this program. It is left out of the scores, so say why in the evidence note: the council reviews the reason."
            : "This practice does not apply to this program. It is left out of the scores.",
        )}
      </div>

      {evidenceFields.map((f) => (
        <Fragment key={f.id}>
          <label className="usa-label" htmlFor={ids(f.id)}>
            {f.label}
          </label>
          <span className="usa-hint" id={ids(`${f.id}-hint`)}>
            {f.hint}
          </span>
          <textarea
            className={f.className}
            id={ids(f.id)}
            name={`${f.id}-${practice.id}`}
            aria-describedby={ids(`${f.id}-hint`)}
            value={draft[f.field]}
            readOnly={!editable}
            onChange={(e) => type(f.field, e.target.value)}
            onBlur={() => leave(f.field)}
          />
        </Fragment>
      ))}

      <p className="margin-top-1 text-base-dark font-body-2xs" aria-live="polite" data-testid={`save-status-${practice.id}`}>
        {state.kind === "saving" && "Saving…"}
        {state.kind === "saved" && `Saved ${formatTimestamp(state.at)}`}
        {state.kind === "idle" && saved && `Last changed by ${saved.answeredBy}, ${formatTimestamp(saved.updatedAt)}`}
      </p>

      <p className="margin-top-1">
        <Link href={`/assessments/${assessmentId}/practices/${practice.id}/discussion`}>
          Discussion<span className="usa-sr-only"> of {practice.title}</span> ({practice.discussion.comments === 1 ? "1 comment" : `${practice.discussion.comments} comments`})
        </Link>
        {practice.discussion.openFlags > 0 && <Tag className="bg-secondary-dark margin-left-1">Needs another look</Tag>}
      </p>

      {state.kind === "conflict" && (
        <div className="usa-alert usa-alert--warning" role="alert" tabIndex={-1} ref={conflictRef}>
          <div className="usa-alert__body">
            <h3 className="usa-alert__heading">Someone else changed this answer</h3>
            <p className="usa-alert__text">
              {state.theirs.version === 0
                ? "This answer was removed while you were working."
                : `${state.theirs.answeredBy} answered “${levelName(state.theirs.choice)}” ${formatTimestamp(state.theirs.updatedAt)}.`}{" "}
              Your answer, “{draft.choice ? levelName(draft.choice) : "none"}”, is not saved.
            </p>
            <div className="usa-button-group">
              <button type="button" className="usa-button" onClick={saveMine}>
                Save my answer instead
              </button>
              <button type="button" className="usa-button usa-button--outline" onClick={keepTheirs}>
                Keep their answer
              </button>
            </div>
          </div>
        </div>
      )}
    </fieldset>
  );
}
