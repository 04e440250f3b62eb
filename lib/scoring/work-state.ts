// Where a piece of assigned work stands: what "My work" and the assessment's task list say.

export type WorkState = { state: "Not started" | "In progress" | "Done"; overdue: boolean };

/** `today` and `dueOn` are calendar days (YYYY-MM-DD); work due today is not overdue yet. */
export function workState(work: { answered: number; total: number; dueOn: string | null }, today: string): WorkState {
  const state = work.answered === 0 ? "Not started" : work.answered < work.total ? "In progress" : "Done";
  return { state, overdue: state !== "Done" && work.dueOn !== null && work.dueOn < today };
}
