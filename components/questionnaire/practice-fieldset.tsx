"use client";
import { useEffect, useRef, useState } from "react";
import { saveAnswerAction } from "@/lib/actions/answers";
import type { AnswerView, Choice } from "@/lib/data-access/types";
import { formatTimestamp } from "@/lib/format";

export type PracticeQuestion = {
  id: string;
  title: string;
  description: string;
  descriptors: { levelRank: number; text: string }[];
  answer: AnswerView | null;
};

type Draft = { choice: Choice | null; evidenceNote: string; evidenceLinks: string };
type SaveState =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; at: string }
  | { kind: "error"; message: string }
  | { kind: "conflict"; theirs: AnswerView };

const draftOf = (a: AnswerView | null): Draft => ({
  choice: a?.choice ?? null,
  evidenceNote: a?.evidenceNote ?? "",
  evidenceLinks: a?.evidenceLinks.join("\n") ?? "",
});

/** Typing pauses this long before the note and links save on their own. */
const TYPING_PAUSE_MS = 1200;

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
  serverErrors?: string[];
}) {
  const { assessmentId, practice, levels, editable } = props;
  const [draft, setDraft] = useState<Draft>(() => draftOf(practice.answer));
  const [saved, setSaved] = useState<AnswerView | null>(practice.answer);
  const [state, setState] = useState<SaveState>({ kind: "idle" });
  const typingTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const conflictRef = useRef<HTMLDivElement>(null);
  const ids = (name: string) => `${name}-${practice.id}`;

  useEffect(() => () => clearTimeout(typingTimer.current), []);
  useEffect(() => {
    if (state.kind === "conflict") conflictRef.current?.focus();
  }, [state.kind]);

  // Saves of one practice go one at a time, each with the version the previous one returned:
  // quick successive changes (arrow keys through the levels) must not conflict with themselves.
  const savedRef = useRef<AnswerView | null>(practice.answer);
  const inFlight = useRef(false);
  const queued = useRef<Draft | null>(null);

  async function save(next: Draft, expectedVersion?: number) {
    if (!next.choice) return; // nothing to save until a level (or "not applicable") is chosen
    if (inFlight.current) {
      queued.current = next;
      return;
    }
    inFlight.current = true;
    setState({ kind: "saving" });
    try {
      const result = await saveAnswerAction({
        assessmentId,
        practiceId: practice.id,
        choice: next.choice,
        evidenceNote: next.evidenceNote,
        evidenceLinks: next.evidenceLinks,
        expectedVersion: expectedVersion ?? savedRef.current?.version ?? 0,
      });
      if (result.ok) {
        savedRef.current = result.answer;
        setSaved(result.answer);
        setState({ kind: "saved", at: result.answer.updatedAt });
      } else if ("conflict" in result) {
        queued.current = null;
        setState({ kind: "conflict", theirs: result.conflict });
      } else {
        setState({ kind: "error", message: result.message });
      }
    } catch {
      setState({ kind: "error", message: "Not saved: the connection failed. Your answer is still on this page; it will save with your next change." });
    } finally {
      inFlight.current = false;
    }
    const following = queued.current;
    queued.current = null;
    if (following) await save(following);
  }

  function change(patch: Partial<Draft>, immediately: boolean) {
    const next = { ...draft, ...patch };
    setDraft(next);
    clearTimeout(typingTimer.current);
    if (immediately) void save(next);
    else typingTimer.current = setTimeout(() => void save(next), TYPING_PAUSE_MS);
  }

  function keepTheirs(theirs: AnswerView) {
    savedRef.current = theirs;
    setSaved(theirs);
    setDraft(draftOf(theirs));
    setState({ kind: "saved", at: theirs.updatedAt });
  }

  const levelName = (choice: Choice) => (choice === "NA" ? "Not applicable" : `Level ${choice}: ${levels[Number(choice) - 1]?.name ?? ""}`);
  const errors = state.kind === "error" ? [state.message] : (props.serverErrors ?? []);

  return (
    <fieldset className="usa-fieldset margin-bottom-6" id={ids("practice")}>
      <legend className="usa-legend font-heading-lg text-bold">
        {props.number}. {practice.title}
      </legend>
      {practice.description && <p className="usa-hint maxw-tablet-lg">{practice.description}</p>}
      <input type="hidden" name={`version-${practice.id}`} value={saved?.version ?? 0} />
      {errors.length > 0 && (
        <span className="usa-error-message" role="alert">
          {errors.join(" ")}
        </span>
      )}
      <div className="usa-radio">
        {practice.descriptors.map((d) => {
          const value = String(d.levelRank) as Choice;
          return (
            <div key={d.levelRank}>
              <input
                className="usa-radio__input usa-radio__input--tile"
                id={ids(`level-${d.levelRank}`)}
                type="radio"
                name={`choice-${practice.id}`}
                value={value}
                checked={draft.choice === value}
                disabled={!editable}
                onChange={() => change({ choice: value }, true)}
              />
              <label className="usa-radio__label" htmlFor={ids(`level-${d.levelRank}`)}>
                {levelName(value)}
                <span className="usa-checkbox__label-description">{d.text}</span>
              </label>
            </div>
          );
        })}
        <input
          className="usa-radio__input usa-radio__input--tile"
          id={ids("level-na")}
          type="radio"
          name={`choice-${practice.id}`}
          value="NA"
          checked={draft.choice === "NA"}
          disabled={!editable}
          onChange={() => change({ choice: "NA" }, true)}
        />
        <label className="usa-radio__label" htmlFor={ids("level-na")}>
          Not applicable
          <span className="usa-checkbox__label-description">This practice does not apply to this program. It is left out of the scores.</span>
        </label>
      </div>

      <label className="usa-label" htmlFor={ids("note")}>
        Evidence note (optional)
      </label>
      <span className="usa-hint" id={ids("note-hint")}>
        What shows this level: documents, data, decisions.
      </span>
      <textarea
        className="usa-textarea"
        id={ids("note")}
        name={`note-${practice.id}`}
        aria-describedby={ids("note-hint")}
        value={draft.evidenceNote}
        readOnly={!editable}
        onChange={(e) => change({ evidenceNote: e.target.value }, false)}
        onBlur={() => draft.evidenceNote !== (saved?.evidenceNote ?? "") && change({}, true)}
      />
      <label className="usa-label" htmlFor={ids("links")}>
        Evidence links (optional)
      </label>
      <span className="usa-hint" id={ids("links-hint")}>
        One web address per line, starting with https://
      </span>
      <textarea
        className="usa-textarea height-10"
        id={ids("links")}
        name={`links-${practice.id}`}
        aria-describedby={ids("links-hint")}
        value={draft.evidenceLinks}
        readOnly={!editable}
        onChange={(e) => change({ evidenceLinks: e.target.value }, false)}
        onBlur={() => draft.evidenceLinks !== (saved?.evidenceLinks.join("\n") ?? "") && change({}, true)}
      />

      <p className="margin-top-1 text-base-dark font-body-2xs" aria-live="polite" data-testid={`save-status-${practice.id}`}>
        {state.kind === "saving" && "Saving…"}
        {state.kind === "saved" && `Saved ${formatTimestamp(state.at)}`}
        {state.kind === "idle" && saved && `Last changed by ${saved.answeredBy}, ${formatTimestamp(saved.updatedAt)}`}
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
              <button type="button" className="usa-button" onClick={() => void save(draft, state.theirs.version)}>
                Save my answer instead
              </button>
              <button type="button" className="usa-button usa-button--outline" onClick={() => keepTheirs(state.theirs)}>
                Keep their answer
              </button>
            </div>
          </div>
        </div>
      )}
    </fieldset>
  );
}
