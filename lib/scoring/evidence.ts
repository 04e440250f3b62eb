// A high level is a claim the council must be able to check: from the level the model sets for each
// practice (4 by default), an answer needs evidence before the assessment can be submitted.

export const DEFAULT_EVIDENCE_FROM_LEVEL = 4;

/** Evidence is a note with more than blanks in it, or at least one link. */
export function lacksEvidence(answer: { level: number | null; evidenceNote: string; evidenceLinks: readonly string[] }, evidenceFromLevel: number): boolean {
  return answer.level !== null && answer.level >= evidenceFromLevel && answer.evidenceNote.trim() === "" && answer.evidenceLinks.length === 0;
}

/** What the lead reads when submitting is refused. */
export function unevidencedMessage(practices: readonly { title: string; level: number }[]): string {
  const n = practices.length;
  const named = practices.map((p) => `“${p.title}” (level ${p.level})`).join(", ");
  return `${n} practice${n === 1 ? " is" : "s are"} answered at a high level without evidence: ${named}. Add an evidence note or link to ${n === 1 ? "it" : "each"}, then submit.`;
}

/** A team's answer that departs from its ratings' median, or settles a disagreement, says why. */
export function unexplainedConsensusMessage(titles: readonly string[]): string {
  const n = titles.length;
  return `${n} team answer${n === 1 ? " needs" : "s need"} a rationale: ${titles.map((t) => `“${t}”`).join(", ")}. Say on the consensus page why the team chose ${n === 1 ? "it" : "each"}, then submit.`;
}
