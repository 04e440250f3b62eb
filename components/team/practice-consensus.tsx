import { ConsensusForm } from "./consensus-form";
import { Row, Table } from "../uswds/table";
import { confidenceLabels, type PracticeAgreement, type RatedChoice } from "@/lib/scoring/agreement";

export const choiceLabel = (c: RatedChoice | null) => (c === null ? "None" : c === "NA" ? "Not applicable" : `Level ${c}`);
export const levelText = (n: number | null) => (n === null ? "none" : Number.isInteger(n) ? String(n) : n.toFixed(1));

function summaryText(s: PracticeAgreement) {
  const na = s.notApplicable ? `, ${s.notApplicable} not applicable` : "";
  return `${s.count === 1 ? "1 rating" : `${s.count} ratings`}${na}: median ${levelText(s.median)}, lowest ${levelText(s.lowest)}, highest ${levelText(s.highest)}.`;
}

type Practice = {
  id: string;
  title: string;
  summary: PracticeAgreement;
  suggested: RatedChoice | null;
  ratings: { who: string; choice: RatedChoice; confidence: keyof typeof confidenceLabels; note: string }[];
  answer: { choice: RatedChoice; rationale: string; version: number; setInConsensus: boolean } | null;
};

/** One practice of the consensus view: its ratings, then the team's answer (a form for the lead during the consensus). */
export function PracticeConsensus({ practice: p, assessmentId, levels, canSet }: { practice: Practice; assessmentId: string; levels: { rank: number; name: string }[]; canSet: boolean }) {
  return (
    <>
      <p>{p.summary.count === 0 ? "No finished ratings." : summaryText(p.summary)}</p>
      {p.ratings.length > 0 && (
        <Table caption={`Ratings of “${p.title}”`} captionHidden columns={["Respondent", "Rating", "Confidence", "Note"]}>
          {p.ratings.map((r) => (
            <Row key={r.who} header={r.who} cells={[choiceLabel(r.choice), confidenceLabels[r.confidence], r.note || "—"]} />
          ))}
        </Table>
      )}
      {canSet ? (
        <ConsensusForm
          assessmentId={assessmentId}
          practiceId={p.id}
          title={p.title}
          levels={levels}
          chosen={p.answer?.setInConsensus ? String(p.answer.choice) : p.suggested === null ? null : String(p.suggested)}
          rationale={p.answer?.rationale ?? ""}
          version={p.answer?.version ?? 0}
          rationaleHint={[
            p.summary.disagreement ? "Needed: the ratings disagree. Say how the team settled it." : `Needed when the answer is not ${choiceLabel(p.suggested).toLowerCase()} (the median rounded down).`,
            p.answer && !p.answer.setInConsensus ? ` Before the consensus the program’s answer was ${choiceLabel(p.answer.choice).toLowerCase()}.` : "",
          ].join("")}
        />
      ) : (
        p.answer && (
          <p>
            The team’s answer: {choiceLabel(p.answer.choice)}.{p.answer.rationale && ` Rationale: ${p.answer.rationale}`}
          </p>
        )
      )}
    </>
  );
}
