import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { AssessmentHeading } from "@/components/assessment-heading";
import { Section } from "@/components/section";
import { SubmitForm } from "@/components/submit-form";
import { Alert } from "@/components/uswds/alert";
import { requireActor } from "@/lib/auth/session";
import { getCheckAnswers } from "@/lib/data-access/submission";

export const metadata: Metadata = { title: "Check your answers" };

export default async function CheckAnswersPage({ params }: PageProps<"/assessments/[assessmentId]/check">) {
  const actor = await requireActor();
  const { assessmentId } = await params;
  const check = await getCheckAnswers(actor, assessmentId);
  const base = `/assessments/${assessmentId}`;
  const blocked = check.unanswered > 0 || check.unexplained.length > 0 || check.unconfirmed.length > 0 || check.team !== null || check.unevidenced !== null;
  return (
    <>
      <AssessmentHeading assessment={check.assessment} title="Check your answers" />
      {check.unanswered > 0 && (
        <Alert type="warning" heading={`${check.unanswered} practice${check.unanswered === 1 ? " is" : "s are"} not answered yet`}>
          Answer each practice or mark it “not applicable” before you submit.
        </Alert>
      )}
      {check.unexplained.length > 0 && (
        <Alert type="warning" heading={`${check.unexplained.length} “not applicable” answer${check.unexplained.length === 1 ? " needs" : "s need"} a reason`}>
          This model version asks why a practice does not apply, because the council reviews every practice left out of the scores. Say why in the
          evidence note of each practice marked “Reason needed” below.
        </Alert>
      )}
      {check.unconfirmed.length > 0 && (
        <Alert
          type="warning"
          heading={`${check.unconfirmed.length} answer${check.unconfirmed.length === 1 ? "" : "s"} carried over from the last accepted assessment ${check.unconfirmed.length === 1 ? "is" : "are"} not confirmed`}
        >
          This assessment started from last cycle’s accepted answers. Confirm each one that still holds, or change it, on its discipline’s page: those
          marked “Carried over: confirm” below.
        </Alert>
      )}
      {check.team && (
        <Alert type="warning" heading="The team's answers are not settled">
          {check.team} <Link href={`${base}/team`}>Go to the team page</Link>.
        </Alert>
      )}
      {check.unevidenced && (
        <Alert type="warning" heading="High levels need evidence">
          {check.unevidenced}
        </Alert>
      )}
      {!blocked && (
        <p className="usa-intro">Every practice is answered. Check them once more, then submit for council review.</p>
      )}
      {check.disciplines.map((d) => (
        <Section key={d.key} id={`check-${d.key}`} title={d.name}>
          <dl className="margin-0">
            {d.practices.map((p) => (
              <div key={p.id} className="grid-row border-bottom border-base-lighter padding-y-1">
                <dt className="grid-col-12 tablet:grid-col-8">{p.title}</dt>
                <dd className="grid-col-12 tablet:grid-col-4 margin-left-0">
                  {p.answer === null ? (
                    <Link href={`${base}/disciplines/${d.key}`} className="text-secondary-dark text-bold">
                      Not answered<span className="usa-sr-only">: answer “{p.title}”</span>
                    </Link>
                  ) : p.reasonMissing ? (
                    <Link href={`${base}/disciplines/${d.key}`} className="text-secondary-dark text-bold">
                      Not applicable: reason needed<span className="usa-sr-only"> for “{p.title}”</span>
                    </Link>
                  ) : p.carriedOver ? (
                    <Link href={`${base}/disciplines/${d.key}`} className="text-secondary-dark text-bold">
                      {p.answer === "NA" ? "Not applicable" : `Level ${p.answer}`}, carried over: confirm<span className="usa-sr-only"> “{p.title}”</span>
                    </Link>
                  ) : p.rationaleMissing ? (
                    <Link href={`${base}/consensus#practice-${p.id}`} className="text-secondary-dark text-bold">
                      {p.answer === "NA" ? "Not applicable" : `Level ${p.answer}`}: rationale needed<span className="usa-sr-only"> for “{p.title}”</span>
                    </Link>
                  ) : p.evidenceMissing ? (
                    <Link href={`${base}/disciplines/${d.key}#practice-${p.id}`} className="text-secondary-dark text-bold">
                      Level {p.answer}: evidence needed<span className="usa-sr-only"> for “{p.title}”</span>
                    </Link>
                  ) : p.answer === "NA" ? (
                    "Not applicable"
                  ) : (
                    `Level ${p.answer}`
                  )}
                </dd>
              </div>
            ))}
          </dl>
          <p>
            <Link href={`${base}/disciplines/${d.key}`}>
              Change answers<span className="usa-sr-only"> for {d.name}</span>
            </Link>
          </p>
        </Section>
      ))}
      {check.editable && <SubmitForm assessmentId={assessmentId} submitKey={randomUUID()} disabled={blocked} />}
    </>
  );
}
