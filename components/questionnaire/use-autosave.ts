"use client";
import { useEffect, useRef, useState } from "react";
import type { AnswerView, Choice, SaveAnswerResult } from "@/lib/data-access/types";

/** What the user has on the page for one practice; the links as typed, one per line. */
export type AnswerDraft = { choice: Choice | null; evidenceNote: string; evidenceLinks: string };

/** The evidence fields, saved after a pause in typing or when the user leaves them. */
export type EvidenceField = "evidenceNote" | "evidenceLinks";

export type SaveState =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; at: string }
  | { kind: "error"; message: string }
  | { kind: "conflict"; theirs: AnswerView };

export type SaveAnswerInput = { assessmentId: string; practiceId: string; choice: Choice; evidenceNote: string; evidenceLinks: string; expectedVersion: number };
export type SaveAnswer = (input: SaveAnswerInput) => Promise<SaveAnswerResult>;

/** Typing pauses this long before the note and links save on their own. */
export const TYPING_PAUSE_MS = 1200;

export const CONNECTION_FAILED = "Not saved: the connection failed. Your answer is still on this page; it will save with your next change.";

export const draftOf = (a: AnswerView | null): AnswerDraft => ({
  choice: a?.choice ?? null,
  evidenceNote: a?.evidenceNote ?? "",
  evidenceLinks: a?.evidenceLinks.join("\n") ?? "",
});

const savedText = (a: AnswerView | null, field: EvidenceField) => (field === "evidenceNote" ? (a?.evidenceNote ?? "") : (a?.evidenceLinks.join("\n") ?? ""));

/**
 * The autosave of one practice's answer. A choice saves at once, typing after a pause; nothing saves
 * until a level (or "not applicable") is chosen. `saveAnswer` is the server action (a fake in tests).
 */
export function useAutosave({ assessmentId, practiceId, answer, saveAnswer }: { assessmentId: string; practiceId: string; answer: AnswerView | null; saveAnswer: SaveAnswer }) {
  const [draft, setDraft] = useState<AnswerDraft>(() => draftOf(answer));
  const [saved, setSaved] = useState<AnswerView | null>(answer);
  const [state, setState] = useState<SaveState>({ kind: "idle" });
  const typingTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => () => clearTimeout(typingTimer.current), []);

  // Saves of one practice go one at a time, each with the version the previous one returned:
  // quick successive changes (arrow keys through the levels) must not conflict with themselves.
  // While one is on its way, only the latest change waits for it.
  const savedRef = useRef<AnswerView | null>(answer);
  const inFlight = useRef(false);
  const queued = useRef<AnswerDraft | null>(null);

  async function save(next: AnswerDraft, expectedVersion?: number) {
    if (!next.choice) return;
    if (inFlight.current) {
      queued.current = next;
      return;
    }
    inFlight.current = true;
    setState({ kind: "saving" });
    try {
      const result = await saveAnswer({
        assessmentId,
        practiceId,
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
        queued.current = null; // the user chooses first
        setState({ kind: "conflict", theirs: result.conflict });
      } else {
        setState({ kind: "error", message: result.message });
      }
    } catch {
      setState({ kind: "error", message: CONNECTION_FAILED });
    } finally {
      inFlight.current = false;
    }
    const following = queued.current;
    queued.current = null;
    if (following) await save(following);
  }

  function change(patch: Partial<AnswerDraft>, immediately: boolean) {
    const next = { ...draft, ...patch };
    setDraft(next);
    clearTimeout(typingTimer.current);
    if (immediately) void save(next);
    else typingTimer.current = setTimeout(() => void save(next), TYPING_PAUSE_MS);
  }

  return {
    draft,
    /** The answer as the server last confirmed it (its version goes with the no-script form). */
    saved,
    state,
    /** A level or "not applicable": saves at once. */
    choose: (choice: Choice) => change({ choice }, true),
    /** A keystroke in the note or the links: saves once typing pauses. */
    type: (field: EvidenceField, value: string) => change({ [field]: value }, false),
    /** Leaving the note or the links: saves now if that field differs from the saved answer. */
    leave: (field: EvidenceField) => {
      if (draft[field] !== savedText(saved, field)) change({}, true);
    },
    /** After a conflict: the user's answer over theirs. */
    saveMine: () => {
      if (state.kind === "conflict") void save(draft, state.theirs.version);
    },
    /** After a conflict: their answer replaces the user's on the page. */
    keepTheirs: () => {
      if (state.kind !== "conflict") return;
      const { theirs } = state;
      savedRef.current = theirs;
      setSaved(theirs);
      setDraft(draftOf(theirs));
      setState({ kind: "saved", at: theirs.updatedAt });
    },
  };
}
