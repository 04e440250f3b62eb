import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/action-form";
import { AssessmentHeading } from "@/components/assessment-heading";
import { RatingForm } from "@/components/team/rating-form";
import { Alert } from "@/components/uswds/alert";
import { HiddenFields } from "@/components/uswds/hidden-fields";
import { finishRatingAction } from "@/lib/actions/team";
import { requireActor } from "@/lib/auth/session";
import { getRatingSheet } from "@/lib/data-access/ratings";

const myWork = [{ href: "/my-work", label: "My work" }];

export const metadata: Metadata = { title: "Your ratings" };

export default async function RatingsPage({ params }: PageProps<"/assessments/[assessmentId]/ratings">) {
  const actor = await requireActor();
  const { assessmentId } = await params;
  const sheet = await getRatingSheet(actor, assessmentId);
  let number = 0;
  return (
    <>
      <AssessmentHeading assessment={sheet.assessment} title="Your ratings" trail={myWork} />
      <p className="usa-intro">
        Rate each practice on your own, as you see the program today: the level it has fully reached, how confident you are, and what your rating rests on.
        Ratings save as you go. No one sees them, nor you theirs, until you have finished.
      </p>
      <p>
        {sheet.rated} of {sheet.total} practices rated.
      </p>
      {sheet.finishedAt && (
        <Alert type="success" slim>
          You have finished rating. <Link href={`/assessments/${assessmentId}/consensus`}>See the team’s ratings</Link>.
        </Alert>
      )}
      {sheet.closed && !sheet.finishedAt && (
        <Alert type="info" slim>
          {sheet.closed}
        </Alert>
      )}
      {sheet.disciplines.map((d) => (
        <section key={d.key} aria-labelledby={`rate-${d.key}`} className="margin-top-4 border-top border-base-lighter">
          <h2 id={`rate-${d.key}`}>{d.name}</h2>
          {d.practices.map((p) => (
            <RatingForm key={p.id} assessmentId={assessmentId} number={++number} practice={p} levels={sheet.levels} editable={sheet.closed === null} />
          ))}
        </section>
      ))}
      {sheet.closed === null && (
        <section aria-labelledby="finish" className="margin-top-4 border-top border-base-lighter">
          <h2 id="finish">Finished?</h2>
          <p>Once you finish, your ratings no longer change and you see the team’s. Every practice needs a rating first.</p>
          <ActionForm action={finishRatingAction} submitLabel="I have finished rating" className="">
            <HiddenFields values={{ assessmentId }} />
          </ActionForm>
        </section>
      )}
    </>
  );
}
