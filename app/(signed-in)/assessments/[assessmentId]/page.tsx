import type { Metadata } from "next";
import Link from "next/link";
import { AssessmentHeading } from "@/components/assessment-heading";
import { requireActor } from "@/lib/auth/session";
import { getAssessmentOverview } from "@/lib/data-access/questionnaire";
import { formatTimestamp } from "@/lib/format";

export const metadata: Metadata = { title: "Self-assessment" };

const progress = (answered: number, total: number) => (answered === 0 ? "Not started" : answered < total ? "In progress" : "Completed");

export default async function AssessmentPage({ params }: { params: Promise<{ assessmentId: string }> }) {
  const actor = await requireActor();
  const { assessment, editable, disciplines, latestReview } = await getAssessmentOverview(actor, (await params).assessmentId);
  const answered = disciplines.reduce((n, d) => n + d.answered, 0);
  const total = disciplines.reduce((n, d) => n + d.total, 0);
  const hasResults = assessment.status === "SUBMITTED" || assessment.status === "ACCEPTED";
  return (
    <>
      <AssessmentHeading assessment={assessment} title={`${assessment.cycle.name} self-assessment`} />
      {assessment.status === "RETURNED" && latestReview && (
        <div className="usa-alert usa-alert--warning">
          <div className="usa-alert__body">
            <h2 className="usa-alert__heading">Returned for revision by {latestReview.reviewer.name}</h2>
            <p className="usa-alert__text">{latestReview.comment}</p>
            <p className="usa-alert__text font-body-2xs">{formatTimestamp(latestReview.createdAt)}</p>
          </div>
        </div>
      )}
      <p className="usa-intro">
        {answered} of {total} practices answered.{" "}
        {editable ? "Answers save as you go; you can come back at any time." : hasResults ? "This assessment is read-only." : ""}
      </p>
      <table className="usa-table usa-table--borderless width-full">
        <caption>Disciplines of this self-assessment</caption>
        <thead>
          <tr>
            <th scope="col">Discipline</th>
            <th scope="col">Answered</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {disciplines.map((d) => (
            <tr key={d.key}>
              <th scope="row">
                <Link href={`/assessments/${assessment.id}/disciplines/${d.key}`}>{d.name}</Link>
              </th>
              <td>
                {d.answered} of {d.total}
              </td>
              <td>{progress(d.answered, d.total)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="usa-button-group">
        {editable && (
          <Link className="usa-button" href={`/assessments/${assessment.id}/check`}>
            Check your answers and submit
          </Link>
        )}
        {hasResults && (
          <Link className="usa-button" href={`/assessments/${assessment.id}/results`}>
            View results
          </Link>
        )}
      </div>
    </>
  );
}
