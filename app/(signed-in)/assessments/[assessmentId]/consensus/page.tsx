import type { Metadata } from "next";
import Link from "next/link";
import { AssessmentHeading } from "@/components/assessment-heading";
import { ConsensusForm } from "@/components/team/consensus-form";
import { Alert } from "@/components/uswds/alert";
import { Tag } from "@/components/uswds/tag";
import { Row, Table } from "@/components/uswds/table";
import { requireActor } from "@/lib/auth/session";
import { getConsensus } from "@/lib/data-access/consensus";
import { agreementText, confidenceLabels, type PracticeAgreement, type RatedChoice } from "@/lib/scoring/agreement";

export const metadata: Metadata = { title: "Team ratings and consensus" };

const choiceLabel = (c: RatedChoice | null) => (c === null ? "None" : c === "NA" ? "Not applicable" : `Level ${c}`);
const levelText = (n: number | null) => (n === null ? "none" : Number.isInteger(n) ? String(n) : n.toFixed(1));

function summaryText(s: PracticeAgreement) {
  const na = s.notApplicable ? `, ${s.notApplicable} not applicable` : "";
  return `${s.count === 1 ? "1 rating" : `${s.count} ratings`}${na}: median ${levelText(s.median)}, lowest ${levelText(s.lowest)}, highest ${levelText(s.highest)}.`;
}

export default async function ConsensusPage({ params }: PageProps<"/assessments/[assessmentId]/consensus">) {
  const actor = await requireActor();
  const { assessmentId } = await params;
  const c = await getConsensus(actor, assessmentId);
  const trail = actor.role === "RESPONDENT" ? [{ href: "/my-work", label: "My work" }] : undefined;
  return (
    <>
      <AssessmentHeading assessment={c.assessment} title="Team ratings and consensus" trail={trail} />
      {!c.visible ? (
        <Alert type="info" heading="The ratings are not shown yet">
          {c.ownUnfinished ? (
            <>
              Each person sees the team’s ratings once they have finished their own, so that no one anchors on another’s.{" "}
              <Link href={`/assessments/${assessmentId}/ratings`}>Finish your ratings</Link>.
            </>
          ) : (
            <>
              You see what the team chose once you start the consensus; until then, who has finished is on the{" "}
              <Link href={`/assessments/${assessmentId}/team`}>team page</Link>.
            </>
          )}
        </Alert>
      ) : (
        <>
          <p className="usa-intro">
            Agreement: {agreementText(c.overall)} of the practices rated by two people or more have no disagreement (ratings two levels or more apart, or some
            saying “not applicable” and others a level). Practices with the most disagreement come first.
          </p>
          <p>
            Ratings counted:{" "}
            {c.respondents
              .filter((r) => r.finished)
              .map((r) => r.who)
              .join(", ") || "none yet"}
            .{c.respondents.some((r) => !r.finished) && ` Not finished${c.consensusStartedAt ? ", not counted" : " yet"}: ${c.respondents.filter((r) => !r.finished).map((r) => r.who).join(", ")}.`}
          </p>
          <Table caption="Agreement per discipline" columns={["Discipline", "Practices rated twice or more", "Without disagreement"]}>
            {c.disciplines.map((d) => (
              <Row key={d.key} header={d.name} cells={[String(d.agreement.compared), agreementText(d.agreement)]} />
            ))}
          </Table>
          {!c.consensusStartedAt && (
            <Alert type="info" slim>
              The team is still rating: the lead sets the team’s answers once the consensus starts.
            </Alert>
          )}
          <h2>Practices, most disagreement first</h2>
          {c.practices.map((p) => (
            <section key={p.id} id={`practice-${p.id}`} aria-labelledby={`title-${p.id}`} className="margin-top-4 border-top border-base-lighter">
              <h3 id={`title-${p.id}`}>
                {p.title} <span className="text-normal text-base-dark">({p.disciplineName})</span>
                {p.summary.disagreement && <Tag className="bg-secondary-dark margin-left-1">Disagreement</Tag>}
              </h3>
              <p>{p.summary.count === 0 ? "No finished ratings." : summaryText(p.summary)}</p>
              {p.ratings.length > 0 && (
                <Table caption={`Ratings of “${p.title}”`} captionHidden columns={["Respondent", "Rating", "Confidence", "Note"]}>
                  {p.ratings.map((r) => (
                    <Row key={r.who} header={r.who} cells={[choiceLabel(r.choice), confidenceLabels[r.confidence], r.note || "—"]} />
                  ))}
                </Table>
              )}
              {c.canSet ? (
                <ConsensusForm
                  assessmentId={assessmentId}
                  practiceId={p.id}
                  title={p.title}
                  levels={c.levels}
                  chosen={p.answer ? String(p.answer.choice) : p.suggested === null ? null : String(p.suggested)}
                  rationale={p.answer?.rationale ?? ""}
                  version={p.answer?.version ?? 0}
                  rationaleHint={
                    p.summary.disagreement
                      ? "Needed: the ratings disagree. Say how the team settled it."
                      : `Needed when the answer is not ${choiceLabel(p.suggested).toLowerCase()} (the median rounded down).`
                  }
                />
              ) : (
                p.answer && (
                  <p>
                    The team’s answer: {choiceLabel(p.answer.choice)}.{p.answer.rationale && ` Rationale: ${p.answer.rationale}`}
                  </p>
                )
              )}
            </section>
          ))}
        </>
      )}
    </>
  );
}
