import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/action-form";
import { AssessmentHeading } from "@/components/assessment-heading";
import { Alert } from "@/components/uswds/alert";
import { HiddenFields } from "@/components/uswds/hidden-fields";
import { SelectField } from "@/components/uswds/select-field";
import { TextField } from "@/components/uswds/text-field";
import { assignDisciplineAction, inviteProgramMemberAction } from "@/lib/actions/assignments";
import { requireActor } from "@/lib/auth/session";
import { getAssignments } from "@/lib/data-access/assignments";
import { lockedMessage } from "@/lib/scoring/editable";

export const metadata: Metadata = { title: "Assign disciplines" };

export default async function AssignmentsPage({ params }: PageProps<"/assessments/[assessmentId]/assignments">) {
  const actor = await requireActor();
  const { assessmentId } = await params;
  const a = await getAssignments(actor, assessmentId);
  return (
    <>
      <AssessmentHeading assessment={a.assessment} title="Assign disciplines" />
      <p className="usa-intro">
        Choose who answers each discipline, and by when. They find it under “My work”; anyone on the program can still answer any practice.
      </p>
      {!a.editable && (
        <Alert type="info" slim>
          {lockedMessage(a.assessment)}
        </Alert>
      )}
      {a.disciplines.map((d) => (
        <section key={d.key} aria-labelledby={`assign-${d.key}`} className="margin-top-4 border-top border-base-lighter">
          <h2 id={`assign-${d.key}`}>{d.name}</h2>
          {a.editable ? (
            <ActionForm action={assignDisciplineAction} submitLabel={<>Save<span className="usa-sr-only"> the assignment of {d.name}</span></>} className="usa-form" resetOnDone={false}>
              <HiddenFields values={{ assessmentId, disciplineKey: d.key }} />
              <SelectField
                id={`assignee-${d.key}`}
                name="userId"
                label={`Who answers ${d.name}`}
                defaultValue={d.userId}
                placeholder="No one in particular"
                options={a.members.map((m) => ({ value: m.id, label: `${m.name} (${m.email})` }))}
              />
              <TextField id={`due-${d.key}`} name="dueOn" type="date" label="Due (optional)" defaultValue={d.dueOn} />
            </ActionForm>
          ) : (
            <p>{a.members.find((m) => m.id === d.userId)?.name ?? "No one in particular"}{d.dueOn ? `, due ${d.dueOn}` : ""}</p>
          )}
        </section>
      ))}
      <section aria-labelledby="invite-member" className="margin-top-4 border-top border-base-lighter">
        <h2 id="invite-member">Someone missing?</h2>
        <p>Invite a colleague to {a.assessment.program.name}: they get an e-mail to choose their password, and you can assign them work right away.</p>
        <ActionForm action={inviteProgramMemberAction} submitLabel="Invite to the program" className="usa-form">
          <HiddenFields values={{ programId: a.assessment.program.id }} />
          <TextField id="invite-name" name="name" label="Their name" autoComplete="off" />
          <TextField id="invite-email" name="email" type="email" label="Their e-mail address" autoComplete="off" />
        </ActionForm>
      </section>
      <p className="margin-top-4">
        <Link href={`/assessments/${assessmentId}`}>Back to the self-assessment</Link>
      </p>
    </>
  );
}
