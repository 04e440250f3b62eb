import type { Metadata } from "next";
import Link from "next/link";
import { AssessmentHeading } from "@/components/assessment-heading";
import { ActionForm } from "@/components/action-form";
import { choiceLabel, levelText, PracticeConsensus } from "@/components/team/practice-consensus";
import { HiddenFields } from "@/components/uswds/hidden-fields";
import { acceptSuggestionsAction } from "@/lib/actions/team";
import { Alert } from "@/components/uswds/alert";
import { Tag } from "@/components/uswds/tag";
import { Row, Table } from "@/components/uswds/table";
import { requireActor } from "@/lib/auth/session";
import { getConsensus } from "@/lib/data-access/consensus";
import { agreementText } from "@/lib/scoring/agreement";

export const metadata: Metadata = { title: "Team ratings and consensus" };

export default async function ConsensusPage({ params }: PageProps<"/assessments/[assessmentId]/consensus">) {
  const actor = await requireActor();
  const { assessmentId } = await params;
  const c = await getConsensus(actor, assessmentId);
  const trail = actor.role === "RESPONDENT" ? [{ href: "/my-work", label: "My work" }] : undefined;
  const flagged = c.practices.filter((p) => p.summary.disagreement);
  const calm = c.practices.filter((p) => !p.summary.disagreement);
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
            {c.overall.share === null
              ? "No practice is rated by two people yet, so there is no agreement figure."
              : `Agreement: ${agreementText(c.overall)} of the practices rated by two people or more have no disagreement (ratings two levels or more apart, or some saying “not applicable” and others a level).`}{" "}
            Practices with disagreement come first, the widest first.
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
          {c.canSet && calm.length > 0 && (
            <ActionForm action={acceptSuggestionsAction} submitLabel="Take the suggestion for every practice without disagreement" className="margin-y-3">
              <HiddenFields values={{ assessmentId }} />
              <p>Practices whose ratings agree and that have no team answer yet get the median rounded down. Answers you have set stay.</p>
            </ActionForm>
          )}
          <h2>Practices with disagreement ({flagged.length})</h2>
          {flagged.length === 0 && <p>None: every practice’s ratings are within one level of each other.</p>}
          {flagged.map((p) => (
            <section key={p.id} id={`practice-${p.id}`} aria-labelledby={`title-${p.id}`} className="margin-top-4 border-top border-base-lighter">
              <h3 id={`title-${p.id}`}>
                {p.title} <span className="text-normal text-base-dark">({p.disciplineName})</span> <Tag className="bg-secondary-dark">Disagreement</Tag>
              </h3>
              <PracticeConsensus practice={p} assessmentId={assessmentId} levels={c.levels} canSet={c.canSet} />
            </section>
          ))}
          <h2>Practices without disagreement ({calm.length})</h2>
          {calm.map((p) => (
            <details key={p.id} id={`practice-${p.id}`} className="margin-top-2 border-top border-base-lighter padding-top-1" open={p.rationaleMissing || undefined}>
              <summary>
                <span className="text-bold">{p.title}</span> ({p.disciplineName}): {p.summary.count === 0 ? "no finished ratings" : `median ${levelText(p.summary.median)}`}; the team’s answer:{" "}
                {p.answer?.setInConsensus ? choiceLabel(p.answer.choice) : "not set"}
                {p.answer && !p.answer.setInConsensus && ` (before the consensus: ${choiceLabel(p.answer.choice).toLowerCase()})`}
                {p.rationaleMissing && (p.answer?.setInConsensus ? ", rationale needed" : ", which departs from the ratings")}
              </summary>
              <PracticeConsensus practice={p} assessmentId={assessmentId} levels={c.levels} canSet={c.canSet} />
            </details>
          ))}
        </>
      )}
    </>
  );
}
