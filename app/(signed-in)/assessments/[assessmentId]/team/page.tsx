import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton, ActionForm } from "@/components/action-form";
import { AssessmentHeading } from "@/components/assessment-heading";
import { Alert } from "@/components/uswds/alert";
import { HiddenFields } from "@/components/uswds/hidden-fields";
import { SelectField } from "@/components/uswds/select-field";
import { Row, Table } from "@/components/uswds/table";
import { inviteRespondentAction, removeRespondentAction, startConsensusAction } from "@/lib/actions/team";
import { roleLabels } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/session";
import { getTeam } from "@/lib/data-access/team";
import { lockedMessage } from "@/lib/scoring/editable";

export const metadata: Metadata = { title: "Rate as a team" };

export default async function TeamPage({ params }: PageProps<"/assessments/[assessmentId]/team">) {
  const actor = await requireActor();
  const { assessmentId } = await params;
  const team = await getTeam(actor, assessmentId);
  const finished = team.respondents.filter((r) => r.finished).length;
  const base = `/assessments/${assessmentId}`;
  return (
    <>
      <AssessmentHeading assessment={team.assessment} title="Rate as a team" />
      <p className="usa-intro">
        Ask colleagues to rate every practice on their own: a level, how confident they are, and a note. No one sees another’s ratings until they have finished
        theirs, and you see who has finished, not what they chose. Then start the consensus: you set the program’s answer for each practice from the ratings.
      </p>
      {!team.editable && (
        <Alert type="info" slim>
          {lockedMessage(team.assessment)}
        </Alert>
      )}
      {team.consensusStartedAt && (
        <Alert type="info" slim>
          The consensus has started: rating is closed. <Link href={`${base}/consensus`}>Set the team’s answers</Link>.
        </Alert>
      )}
      <h2>The team</h2>
      {team.respondents.length === 0 ? (
        <p>No one is rating yet. Without a team, the program’s answers are set on each discipline’s page, as one person’s assessment.</p>
      ) : (
        <>
          <p>
            {finished} of {team.respondents.length} {team.respondents.length === 1 ? "respondent has" : "respondents have"} finished.
          </p>
          <Table caption="Who rates, and how far each has got" columns={["Name", "Role", "Rated", "Finished", team.canChange && "Change"]}>
            {team.respondents.map((r) => (
              <Row
                key={r.id}
                header={`${r.name} (${r.email})`}
                cells={[
                  roleLabels[r.role],
                  `${r.rated} of ${team.practices}`,
                  r.finished ? "Yes" : "Not yet",
                  ...(team.canChange
                    ? [
                        r.rated === 0 ? (
                          <ActionButton key="remove" action={removeRespondentAction} values={{ assessmentId, respondentId: r.id }}>
                            Remove<span className="usa-sr-only"> {r.name}</span>
                          </ActionButton>
                        ) : (
                          "Has started rating"
                        ),
                      ]
                    : []),
                ]}
              />
            ))}
          </Table>
        </>
      )}
      {team.canChange && (
        <>
          <h2>Ask someone to rate</h2>
          {team.candidates.length === 0 ? (
            <p>
              Everyone on {team.assessment.program.name} is asked already. To add someone, invite them to the program on the{" "}
              <Link href={`${base}/assignments`}>Assign work</Link> page, or ask an administrator for a respondent’s account.
            </p>
          ) : (
            <ActionForm action={inviteRespondentAction} submitLabel="Ask to rate" className="usa-form">
              <HiddenFields values={{ assessmentId }} />
              <SelectField id="respondent" name="userId" label="Who to ask" placeholder="Choose a person" options={team.candidates.map((c) => ({ value: c.id, label: `${c.name} (${c.email})` }))} />
            </ActionForm>
          )}
          {team.respondents.length > 0 && (
            <>
              <h2>Start the consensus</h2>
              <p>
                Starting it closes the rating for everyone: the ratings of those who have finished are counted and shown to you; anyone who has not finished is not
                counted.
              </p>
              <ActionForm action={startConsensusAction} submitLabel="Start the consensus" className="">
                <HiddenFields values={{ assessmentId }} />
              </ActionForm>
            </>
          )}
        </>
      )}
      <p className="margin-top-4">
        <Link href={base}>Back to the self-assessment</Link>
      </p>
    </>
  );
}
