import { Row, Table } from "../uswds/table";
import { agreement, agreementText, needsRationale, practiceAgreement, suggestedChoice, type RatedChoice } from "@/lib/scoring/agreement";

// Three people rate four practices; the figures below come from the scoring code itself.
const example: { practice: string; ratings: RatedChoice[] }[] = [
  { practice: "Practice A", ratings: [3, 3, 4] },
  { practice: "Practice B", ratings: [2, 4, 3] },
  { practice: "Practice C", ratings: [4, 4, "NA"] },
  { practice: "Practice D", ratings: [5] },
];

const said = (c: RatedChoice | null) => (c === null ? "none" : c === "NA" ? "not applicable" : `level ${c}`);

/** The Methodology page's account of team assessments: agreement, the consensus, the evidence rule. */
export function AgreementMethod() {
  const rows = example.map((e) => ({ ...e, summary: practiceAgreement(e.ratings) }));
  const overall = agreement(rows.map((r) => r.summary));
  return (
    <>
      <p>
        A program can rate as a team: each person asked rates every practice on their own (a level or “not applicable”, a confidence and a note) and sees the
        others’ ratings only once they have finished theirs, so that no one anchors on the first answer. Only finished ratings count.
      </p>
      <p>
        <strong>Disagreement.</strong> A practice is a disagreement when its ratings are two levels or more apart, or when some rate it “not applicable” and others
        a level. <strong>Agreement</strong> is the share of practices rated by two people or more without disagreement, per discipline and for the whole
        assessment. It is defined with two raters and a few practices, and when everyone gives the same level (where a chance-corrected statistic such as
        Krippendorff’s alpha is not), and it counts the same flags the consensus view shows.
      </p>
      <p>
        <strong>Consensus.</strong> The lead sets the program’s answer for each practice, starting from the median rounded down, and gives a rationale when the
        answer is another one or the practice is a disagreement. The council reviews these answers.
      </p>
      <Table caption="Worked example: three people rate four practices" columns={["Practice", "Ratings", "Median", "Disagreement", "Starts from", "Rationale needed at that answer"]}>
        {rows.map((r) => {
          const start = suggestedChoice(r.summary);
          return (
            <Row
              key={r.practice}
              header={r.practice}
              cells={[
                r.ratings.map(said).join(", "),
                r.summary.median === null ? "none" : String(r.summary.median),
                r.summary.count < 2 ? "Not compared (one rating)" : r.summary.disagreement ? "Yes" : "No",
                said(start),
                start !== null && needsRationale(r.summary, start) ? "Yes" : "No",
              ]}
            />
          );
        })}
      </Table>
      <p>
        Agreement in this example: {agreementText(overall)}. Practice D is rated by one person only, so it is not compared.
      </p>
      <p>
        <strong>Evidence.</strong> An answer at a high level needs evidence (an evidence note or a link) before the assessment is submitted, whoever made it: from
        level 4 unless the model sets another level for the practice.
      </p>
    </>
  );
}
