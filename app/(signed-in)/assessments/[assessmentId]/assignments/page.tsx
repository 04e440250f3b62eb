import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/action-form";
import { AssessmentHeading } from "@/components/assessment-heading";
import { Alert } from "@/components/uswds/alert";
import { HiddenFields } from "@/components/uswds/hidden-fields";
import { SelectField } from "@/components/uswds/select-field";
import { TextField } from "@/components/uswds/text-field";
import { assignWorkAction, inviteProgramMemberAction } from "@/lib/actions/assignments";
import { requireActor } from "@/lib/auth/session";
import { getAssignments } from "@/lib/data-access/assignments";
import { lockedMessage } from "@/lib/scoring/editable";

export const metadata: Metadata = { title: "Assign work" };

type Member = { id: string; name: string; email: string };
type Assigned = { userId: string; dueOn: string };

const assignee = (members: Member[], work: Assigned) =>
  `${members.find((m) => m.id === work.userId)?.name ?? "No one in particular"}${work.dueOn ? `, due ${work.dueOn}` : ""}`;

/** Who answers one discipline, or one practice of it, and by when. */
function WorkForm(props: {
  assessmentId: string;
  disciplineKey: string;
  practiceKey: string;
  id: string;
  label: string;
  what: string;
  assigned: Assigned;
  members: Member[];
  placeholder?: string;
}) {
  return (
    <ActionForm action={assignWorkAction} submitLabel={<>Save<span className="usa-sr-only"> the assignment of {props.what}</span></>} className="usa-form" resetOnDone={false}>
      <HiddenFields values={{ assessmentId: props.assessmentId, disciplineKey: props.disciplineKey, practiceKey: props.practiceKey }} />
      <SelectField
        id={`assignee-${props.id}`}
        name="userId"
        label={props.label}
        defaultValue={props.assigned.userId}
        placeholder={props.placeholder ?? "No one in particular"}
        options={props.members.map((m) => ({ value: m.id, label: `${m.name} (${m.email})` }))}
      />
      <TextField id={`due-${props.id}`} name="dueOn" type="date" label={`When ${props.what} is due (optional)`} defaultValue={props.assigned.dueOn} />
    </ActionForm>
  );
}

export default async function AssignmentsPage({ params }: PageProps<"/assessments/[assessmentId]/assignments">) {
  const actor = await requireActor();
  const { assessmentId } = await params;
  const a = await getAssignments(actor, assessmentId);
  return (
    <>
      <AssessmentHeading assessment={a.assessment} title="Assign work" />
      <p className="usa-intro">
        Choose who answers each discipline, or a single practice of it, and by when. They find it under “My work”; anyone on the program can still answer any practice.
      </p>
      {!a.editable && (
        <Alert type="info" slim>
          {lockedMessage(a.assessment)}
        </Alert>
      )}
      {a.disciplines.map((d) => {
        const apart = d.practices.filter((p) => p.userId);
        return (
          <section key={d.key} aria-labelledby={`assign-${d.key}`} className="margin-top-4 border-top border-base-lighter">
            <h2 id={`assign-${d.key}`}>{d.name}</h2>
            {a.editable ? (
              <>
                <WorkForm assessmentId={assessmentId} disciplineKey={d.key} practiceKey="" id={d.key} label={`Who answers ${d.name}`} what={d.name} assigned={d} members={a.members} />
                <details className="margin-top-2 maxw-tablet-lg" open={apart.length > 0}>
                  <summary className="text-bold">
                    Single practices of {d.name}
                    {apart.length > 0 ? ` (${apart.length} assigned on their own)` : ""}
                  </summary>
                  <p>A practice given to someone here is theirs alone; {d.name}&rsquo;s assignee answers the rest.</p>
                  {d.practices.map((p) => (
                    <WorkForm
                      key={p.key}
                      assessmentId={assessmentId}
                      disciplineKey={d.key}
                      practiceKey={p.key}
                      id={`${d.key}--${p.key}`}
                      label={`Who answers “${p.title}”`}
                      what={p.title}
                      assigned={p}
                      members={a.members}
                      placeholder={`${d.name}'s assignee`}
                    />
                  ))}
                </details>
              </>
            ) : (
              <ul className="usa-list">
                <li>
                  {d.name}: {assignee(a.members, d)}
                </li>
                {apart.map((p) => (
                  <li key={p.key}>
                    {p.title}: {assignee(a.members, p)}
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
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
