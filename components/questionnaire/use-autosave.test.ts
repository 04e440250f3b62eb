// @vitest-environment jsdom
import { act, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { AnswerView, SaveAnswerResult } from "@/lib/data-access/types";
import { CONNECTION_FAILED, TYPING_PAUSE_MS, useAutosave, type SaveAnswerInput } from "./use-autosave";

/** An answer as the server returns it. */
const answer = (over: Partial<AnswerView> = {}): AnswerView => ({
  practiceId: "p1",
  choice: "2",
  evidenceNote: "",
  evidenceLinks: [],
  version: 1,
  answeredBy: "Ada Lead",
  updatedAt: "2026-01-05T10:00:00.000Z",
  carriedOver: false,
  ...over,
});

/**
 * The server action, faked: each call waits until the test answers it, so a test decides when a
 * save comes back and with what.
 */
function fakeServer() {
  const calls: { input: SaveAnswerInput; answer: (result: SaveAnswerResult) => Promise<void>; fail: () => Promise<void> }[] = [];
  const saveAnswer = vi.fn(
    (input: SaveAnswerInput) =>
      new Promise<SaveAnswerResult>((resolve, reject) => {
        calls.push({
          input,
          answer: (result) => act(async () => resolve(result)),
          fail: () => act(async () => reject(new TypeError("Failed to fetch"))),
        });
      }),
  );
  /** Answers a call as a successful save: the next version, with the content sent. */
  const saves = (i: number, over: Partial<AnswerView> = {}) => {
    const { input } = calls[i]!;
    return calls[i]!.answer({
      ok: true,
      answer: answer({ choice: input.choice, evidenceNote: input.evidenceNote, evidenceLinks: input.evidenceLinks.split("\n").filter(Boolean), version: input.expectedVersion + 1, ...over }),
    });
  };
  return { saveAnswer, calls, saves };
}

function setup(initial: AnswerView | null = null) {
  const server = fakeServer();
  const hook = renderHook(() => useAutosave({ assessmentId: "a1", practiceId: "p1", answer: initial, saveAnswer: server.saveAnswer }));
  return { ...server, hook, now: () => hook.result.current };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("useAutosave", () => {
  it("starts from the saved answer, links one per line, and says nothing yet", () => {
    const { now } = setup(answer({ choice: "4", evidenceNote: "Survey", evidenceLinks: ["https://a.gov", "https://b.gov"], version: 3 }));
    expect(now().draft).toEqual({ choice: "4", evidenceNote: "Survey", evidenceLinks: "https://a.gov\nhttps://b.gov" });
    expect(now().saved?.version).toBe(3);
    expect(now().state).toEqual({ kind: "idle" });
    expect(setup(null).now().draft).toEqual({ choice: null, evidenceNote: "", evidenceLinks: "" });
  });

  it("saves a choice at once, with the saved answer's version, and shows when it was saved", async () => {
    const { now, calls, saves } = setup(answer({ choice: "2", evidenceNote: "Kept", version: 3 }));
    act(() => now().choose("5"));
    expect(calls.map((c) => c.input)).toEqual([{ assessmentId: "a1", practiceId: "p1", choice: "5", evidenceNote: "Kept", evidenceLinks: "", expectedVersion: 3 }]);
    expect(now().state).toEqual({ kind: "saving" });
    await saves(0, { updatedAt: "2026-02-01T09:30:00.000Z" });
    expect(now().state).toEqual({ kind: "saved", at: "2026-02-01T09:30:00.000Z" });
    expect(now().saved).toMatchObject({ choice: "5", version: 4 });
  });

  it("sends version 0 for a practice never answered", () => {
    const { now, calls } = setup(null);
    act(() => now().choose("NA"));
    expect(calls[0]!.input).toMatchObject({ choice: "NA", expectedVersion: 0 });
  });

  it("saves nothing until a level or not applicable is chosen", () => {
    const { now, saveAnswer } = setup(null);
    act(() => now().type("evidenceNote", "Draft note"));
    act(() => vi.advanceTimersByTime(TYPING_PAUSE_MS * 2));
    act(() => now().leave("evidenceNote"));
    expect(saveAnswer).not.toHaveBeenCalled();
    expect(now().state).toEqual({ kind: "idle" });
    expect(now().draft.evidenceNote).toBe("Draft note");
  });

  it("saves typing once it pauses, with what was typed last", () => {
    const { now, calls } = setup(answer());
    act(() => now().type("evidenceNote", "S"));
    act(() => vi.advanceTimersByTime(TYPING_PAUSE_MS - 1));
    act(() => now().type("evidenceNote", "Su"));
    act(() => vi.advanceTimersByTime(TYPING_PAUSE_MS - 1));
    expect(calls).toHaveLength(0);
    act(() => vi.advanceTimersByTime(1));
    expect(calls.map((c) => c.input.evidenceNote)).toEqual(["Su"]);
  });

  it("a choice made while typing saves the typing with it, once", () => {
    const { now, calls } = setup(answer());
    act(() => now().type("evidenceLinks", "https://a.gov\nhttps://b.gov"));
    act(() => now().choose("3"));
    act(() => vi.advanceTimersByTime(TYPING_PAUSE_MS * 2));
    expect(calls.map((c) => c.input)).toEqual([expect.objectContaining({ choice: "3", evidenceLinks: "https://a.gov\nhttps://b.gov" })]);
  });

  it("leaving a field saves it now if it differs from the saved answer, and not again after the pause", async () => {
    const { now, calls, saves } = setup(answer({ evidenceNote: "Same", evidenceLinks: ["https://a.gov"] }));
    act(() => now().leave("evidenceNote"));
    act(() => now().leave("evidenceLinks"));
    expect(calls).toHaveLength(0);
    act(() => now().type("evidenceLinks", "https://b.gov"));
    act(() => now().leave("evidenceNote")); // the note is as saved: nothing yet
    expect(calls).toHaveLength(0);
    act(() => now().leave("evidenceLinks"));
    expect(calls.map((c) => c.input.evidenceLinks)).toEqual(["https://b.gov"]);
    await saves(0);
    act(() => vi.advanceTimersByTime(TYPING_PAUSE_MS * 2));
    expect(calls).toHaveLength(1);
  });

  it("saves one at a time: changes during a save wait for it, only the latest is sent, with the version it returned", async () => {
    const { now, calls, saves } = setup(answer({ version: 1 }));
    act(() => now().choose("2"));
    act(() => now().choose("3"));
    act(() => now().choose("4"));
    expect(calls).toHaveLength(1);
    await saves(0);
    expect(calls.map((c) => [c.input.choice, c.input.expectedVersion])).toEqual([
      ["2", 1],
      ["4", 2],
    ]);
    expect(now().state).toEqual({ kind: "saving" });
    await saves(1);
    expect(now().saved).toMatchObject({ choice: "4", version: 3 });
    expect(now().state.kind).toBe("saved");
  });

  it("each save after the first carries the version the previous one returned", async () => {
    const { now, calls, saves } = setup(null);
    act(() => now().choose("1"));
    await saves(0, { version: 7 });
    act(() => now().choose("2"));
    await saves(1, { version: 8 });
    act(() => now().type("evidenceNote", "More"));
    act(() => vi.advanceTimersByTime(TYPING_PAUSE_MS));
    expect(calls.map((c) => c.input.expectedVersion)).toEqual([0, 7, 8]);
  });

  describe("when someone else changed the answer", () => {
    const theirs = answer({ choice: "2", evidenceNote: "Theirs", evidenceLinks: ["https://their.gov"], version: 5, answeredBy: "Bo Other", updatedAt: "2026-03-01T12:00:00.000Z" });

    async function conflicted() {
      const s = setup(answer({ choice: "1", version: 4 }));
      act(() => s.now().choose("4"));
      act(() => s.now().type("evidenceNote", "Mine"));
      act(() => s.now().choose("3")); // waits for the first save
      await s.calls[0]!.answer({ ok: false, conflict: theirs });
      return s;
    }

    it("shows their answer, keeps the user's on the page, saves nothing more and drops the waiting change", async () => {
      const { now, calls } = await conflicted();
      expect(now().state).toEqual({ kind: "conflict", theirs });
      expect(now().draft).toEqual({ choice: "3", evidenceNote: "Mine", evidenceLinks: "" });
      expect(now().saved?.version).toBe(4);
      act(() => vi.advanceTimersByTime(TYPING_PAUSE_MS * 2));
      expect(calls).toHaveLength(1);
    });

    it("'save my answer instead' sends the user's answer over their version", async () => {
      const { now, calls, saves } = await conflicted();
      act(() => now().saveMine());
      expect(calls[1]!.input).toMatchObject({ choice: "3", evidenceNote: "Mine", expectedVersion: 5 });
      await saves(1);
      expect(now().saved).toMatchObject({ choice: "3", version: 6 });
      expect(now().state.kind).toBe("saved");
    });

    it("'keep their answer' puts theirs on the page as saved, and the next change builds on their version", async () => {
      const { now, calls } = await conflicted();
      act(() => now().keepTheirs());
      expect(now().draft).toEqual({ choice: "2", evidenceNote: "Theirs", evidenceLinks: "https://their.gov" });
      expect(now().saved).toEqual(theirs);
      expect(now().state).toEqual({ kind: "saved", at: "2026-03-01T12:00:00.000Z" });
      expect(calls).toHaveLength(1);
      act(() => now().choose("5"));
      expect(calls[1]!.input).toMatchObject({ choice: "5", evidenceNote: "Theirs", expectedVersion: 5 });
    });

    it("without a conflict, neither choice does anything", () => {
      const { now, saveAnswer } = setup(answer({ choice: "1" }));
      act(() => now().saveMine());
      act(() => now().keepTheirs());
      expect(saveAnswer).not.toHaveBeenCalled();
      expect(now().state).toEqual({ kind: "idle" });
      expect(now().draft.choice).toBe("1");
    });
  });

  it("a refused save shows the server's message and the waiting change still goes", async () => {
    const { now, calls, saves } = setup(answer({ version: 2 }));
    act(() => now().type("evidenceLinks", "not a link"));
    act(() => now().choose("3"));
    act(() => now().type("evidenceLinks", "https://ok.gov"));
    act(() => vi.advanceTimersByTime(TYPING_PAUSE_MS));
    await calls[0]!.answer({ ok: false, message: "Each evidence link must be a full web address starting with https://", fieldErrors: { evidenceLinks: ["bad"] } });
    expect(calls.map((c) => [c.input.evidenceLinks, c.input.expectedVersion])).toEqual([
      ["not a link", 2],
      ["https://ok.gov", 2],
    ]);
    expect(now().state).toEqual({ kind: "saving" });
    await saves(1);
    expect(now().state.kind).toBe("saved");
  });

  it("a refused save with nothing waiting stays on the page as an error", async () => {
    const { now, calls } = setup(answer());
    act(() => now().choose("3"));
    await calls[0]!.answer({ ok: false, message: "This assessment has been submitted. It is read-only until the council returns it." });
    expect(now().state).toEqual({ kind: "error", message: "This assessment has been submitted. It is read-only until the council returns it." });
    expect(now().saved?.version).toBe(1);
  });

  it("a failed connection says so, and the next change retries with the same version (a save that went through is not a conflict)", async () => {
    const { now, calls, saves } = setup(answer({ version: 6 }));
    act(() => now().choose("3"));
    await calls[0]!.fail();
    expect(now().state).toEqual({ kind: "error", message: CONNECTION_FAILED });
    expect(CONNECTION_FAILED).toBe("Not saved: the connection failed. Your answer is still on this page; it will save with your next change.");
    act(() => now().type("evidenceNote", "Retry"));
    act(() => vi.advanceTimersByTime(TYPING_PAUSE_MS));
    expect(calls[1]!.input).toMatchObject({ choice: "3", evidenceNote: "Retry", expectedVersion: 6 });
    await saves(1);
    expect(now().state.kind).toBe("saved");
  });

  it("typing left when the practice goes away is not saved", () => {
    const { now, hook, saveAnswer } = setup(answer());
    act(() => now().type("evidenceNote", "Gone"));
    hook.unmount();
    vi.advanceTimersByTime(TYPING_PAUSE_MS * 2);
    expect(saveAnswer).not.toHaveBeenCalled();
  });
});
