import type { Metadata } from "next";
import Link from "next/link";
import { AssessmentHeading } from "@/components/assessment-heading";
import { Alert } from "@/components/uswds/alert";
import { ButtonLink } from "@/components/uswds/button";
import { Row, Table } from "@/components/uswds/table";
import { requireActor } from "@/lib/auth/session";
import { workState } from "@/lib/scoring/work-state";
import { getAssessmentOverview } from "@/lib/data-access/questionnaire";
import { formatTimestamp } from "@/lib/format";
import { todayIso } from "@/lib/scoring/due-dates";

export const metadata: Metadata = { title: "Self-assessment" };

const progress = (answered: number, total: number, carried: number) =>
  answered === 0 ? "Not started" : carried > 0 ? `${carried} carried over to confirm` : answered < total ? "In progress" : "Completed";

/** Who answers a discipline, by when, and how many of its practices went to someone on their own. */
function AssignedTo({ discipline: d, today }: { discipline: Awaited<ReturnType<typeof getAssessmentOverview>>["disciplines"][number]; today: string }) {
  const apart = d.practicesAssignedApart;
  return (
    <>
      {d.assignedTo ? (
        <>
          {d.assignedTo.name}
          {d.assignedTo.dueOn && `, due ${d.assignedTo.dueOn}`}
          {workState({ answered: d.answered, total: d.total, dueOn: d.assignedTo.dueOn }, today).overdue && <span className="usa-tag bg-secondary-dark margin-left-1">Overdue</span>}
        </>
      ) : (
        "No one in particular"
      )}
      {apart > 0 && (
        <>
          <br />
          {apart === 1 ? "One practice" : `${apart} practices`} assigned on {apart === 1 ? "its" : "their"} own
        </>
      )}
    </>
  );
}

export default async function AssessmentPage({ params }: PageProps<"/assessments/[assessmentId]">) {
  const actor = await requireActor();
  const { assessment, editable, answersVisible, disciplines, people, latestReview, canAssign, team } = await getAssessmentOverview(actor, (await params).assessmentId);
  const today = todayIso();
  const answered = disciplines.reduce((n, d) => n + d.answered, 0);
  const total = disciplines.reduce((n, d) => n + d.total, 0);
  const carried = disciplines.reduce((n, d) => n + d.carried, 0);
  const hasResults = assessment.status === "SUBMITTED" || assessment.status === "ACCEPTED";
  return (
    <>
      <AssessmentHeading assessment={assessment} title={`${assessment.cycle.name} self-assessment`} />
      {assessment.status === "RETURNED" && latestReview && (
        <Alert type="warning" heading={`Returned for revision by ${latestReview.reviewer.name}`} note={formatTimestamp(latestReview.createdAt)}>
          {latestReview.comment}
        </Alert>
      )}
      <p className="usa-intro">
        {answered} of {total} practices answered{carried > 0 ? `, ${carried} of them carried over from the last accepted assessment and waiting to be confirmed or changed` : ""}.{" "}
        {editable
          ? "Answers save as you go; you can come back at any time."
          : hasResults
            ? "This assessment is read-only."
            : answersVisible
              ? ""
              : "Its answers are the program's work in progress: they can be read once the program submits them."}
      </p>
      {team.respondents > 0 && (
        <p>
          A team assessment: {team.finished} of {team.respondents} {team.respondents === 1 ? "respondent has" : "respondents have"} finished rating.
        </p>
      )}
      <Table caption="Disciplines of this self-assessment" columns={["Discipline", "Answered", "Status", "Assigned to"]}>
        {disciplines.map((d) => (
          <Row
            key={d.key}
            header={answersVisible ? <Link href={`/assessments/${assessment.id}/disciplines/${d.key}`}>{d.name}</Link> : d.name}
            cells={[
              `${d.answered} of ${d.total}`,
              progress(d.answered, d.total, d.carried),
              <AssignedTo key="assigned" discipline={d} today={today} />,
            ]}
          />
        ))}
      </Table>
      {people.length > 0 && (
        <Table caption="Who is doing what" columns={["Person", "Assignments", "Practices answered", "Overdue"]}>
          {people.map((p) => (
            <Row
              key={p.userId}
              header={p.name}
              cells={[p.assignments === 1 ? "1 assignment" : `${p.assignments} assignments`, `${p.answered} of ${p.total}`, p.overdue === 0 ? "None" : `${p.overdue} overdue`]}
            />
          ))}
        </Table>
      )}
      <div className="usa-button-group">
        {editable && <ButtonLink href={`/assessments/${assessment.id}/check`}>Check your answers and submit</ButtonLink>}
        {canAssign && (
          <ButtonLink href={`/assessments/${assessment.id}/assignments`} variant="outline">
            Assign work
          </ButtonLink>
        )}
        {canAssign && (
          <ButtonLink href={`/assessments/${assessment.id}/team`} variant="outline">
            Rate as a team
          </ButtonLink>
        )}
        {team.respondents > 0 && answersVisible && (
          <ButtonLink href={`/assessments/${assessment.id}/consensus`} variant="outline">
            Team ratings and consensus
          </ButtonLink>
        )}
        {hasResults && <ButtonLink href={`/assessments/${assessment.id}/results`}>View results</ButtonLink>}
      </div>
    </>
  );
}
