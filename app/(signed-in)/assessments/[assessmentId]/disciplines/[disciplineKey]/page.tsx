import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/action-form";
import { AssessmentHeading } from "@/components/assessment-heading";
import { GlossaryList } from "@/components/glossary";
import { DisciplineForm } from "@/components/questionnaire/discipline-form";
import { Alert } from "@/components/uswds/alert";
import { confirmCarriedAnswersAction } from "@/lib/actions/answers";
import { requireActor } from "@/lib/auth/session";
import { getDisciplineQuestions } from "@/lib/data-access/questionnaire";
import { lockedMessage } from "@/lib/scoring/editable";
import { canAnswerFor } from "@/lib/auth/policy";

export const metadata: Metadata = { title: "Discipline" };

export default async function DisciplinePage({ params, searchParams }: PageProps<"/assessments/[assessmentId]/disciplines/[disciplineKey]">) {
  const actor = await requireActor();
  const { assessmentId, disciplineKey } = await params;
  const confirmed = Number((await searchParams).confirmed ?? 0);
  const q = await getDisciplineQuestions(actor, assessmentId, disciplineKey);
  const base = `/assessments/${assessmentId}`;
  const nextHref = q.next ? `${base}/disciplines/${q.next.key}` : `${base}/check`;
  const carried = q.practices.filter((p) => p.answer?.carriedOver).length;
  const canConfirm = q.editable && carried > 0 && canAnswerFor(actor, q.assessment.program);
  return (
    <>
      <AssessmentHeading assessment={q.assessment} title={q.discipline.name} />
      <p className="text-base-dark">
        Discipline {q.position.index} of {q.position.of}
      </p>
      <p className="usa-intro">{q.discipline.description}</p>
      {!q.editable && canAnswerFor(actor, q.assessment.program) && (
        <Alert type="info" slim>
          {lockedMessage(q.assessment)}
        </Alert>
      )}
      {Number.isSafeInteger(confirmed) && confirmed > 0 && (
        <Alert type="success" slim role="status">
          Confirmed {confirmed === 1 ? "one carried answer" : `${confirmed} carried answers`} as {confirmed === 1 ? "it stands" : "they stand"}.
        </Alert>
      )}
      <p>For each practice, choose the level that describes your program today. Each level includes the ones before it.</p>
      {canConfirm && (
        <Alert type="info" heading={`${carried === 1 ? "One answer" : `${carried} answers`} carried over from the last accepted assessment`}>
          Check each one marked “Carried over”: change it if your program has moved on, and confirm the rest at the end of the page. The assessment
          cannot be submitted until every carried answer is confirmed or changed.
        </Alert>
      )}
      {q.glossary.length > 0 && (
        <details className="margin-bottom-4 bg-base-lightest padding-2 radius-md maxw-tablet-lg">
          <summary className="text-bold">Terms used on this page ({q.glossary.length})</summary>
          <GlossaryList terms={q.glossary} />
        </details>
      )}
      <DisciplineForm
        assessmentId={assessmentId}
        practices={q.practices}
        levels={q.levels}
        editable={q.editable}
        notApplicableNeedsReason={q.notApplicableNeedsReason}
        nextHref={nextHref}
        nextLabel={q.next ? `continue to ${q.next.name}` : "check your answers"}
      />
      {canConfirm && (
        <div className="margin-top-4 padding-2 bg-base-lightest radius-md maxw-tablet-lg">
          <p className="margin-top-0">Every answer marked “Carried over” above still describes {q.assessment.program.name}?</p>
          <ActionButton action={confirmCarriedAnswersAction} values={{ assessmentId, disciplineKey }}>
            Confirm the answers still marked “Carried over”
          </ActionButton>
        </div>
      )}
      <ul className="usa-list usa-list--unstyled margin-top-3">
        {q.previous && (
          <li>
            <Link href={`${base}/disciplines/${q.previous.key}`}>Previous: {q.previous.name}</Link>
          </li>
        )}
        {q.next && (
          <li>
            <Link href={`${base}/disciplines/${q.next.key}`}>Next: {q.next.name}</Link>
          </li>
        )}
        <li>
          <Link href={base}>All disciplines</Link>
        </li>
      </ul>
    </>
  );
}
