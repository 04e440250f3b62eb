// "Not applicable" takes a practice out of the scores, so under a rule that asks for it, it must
// say why; the council reads the reason in review.

/** A reason is any evidence note with more than blanks in it. */
export function lacksReason(answer: { notApplicable: boolean; evidenceNote: string }): boolean {
  return answer.notApplicable && answer.evidenceNote.trim() === "";
}

/** What the lead reads when submitting is refused. */
export function unexplainedMessage(titles: readonly string[]): string {
  const n = titles.length;
  return `${n} practice${n === 1 ? " is" : "s are"} marked “not applicable” without a reason: ${titles.map((t) => `“${t}”`).join(", ")}. Say in the evidence note why ${n === 1 ? "it does" : "each does"} not apply to your program, then submit.`;
}
