import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton, ActionForm } from "@/components/action-form";
import { AssessmentHeading } from "@/components/assessment-heading";
import { CommentBody } from "@/components/discussion/comment-body";
import { Checkbox } from "@/components/uswds/checkbox";
import { HiddenFields } from "@/components/uswds/hidden-fields";
import { Tag } from "@/components/uswds/tag";
import { TextareaField } from "@/components/uswds/textarea-field";
import { addCommentAction, clearNeedsLookAction } from "@/lib/actions/discussion";
import { requireActor } from "@/lib/auth/session";
import { getDiscussion } from "@/lib/data-access/discussion";
import { commentParts } from "@/lib/discussion/comment-text";
import { formatTimestamp } from "@/lib/format";

export const metadata: Metadata = { title: "Discussion" };

export default async function DiscussionPage({ params }: PageProps<"/assessments/[assessmentId]/practices/[practiceId]/discussion">) {
  const actor = await requireActor();
  const { assessmentId, practiceId } = await params;
  const d = await getDiscussion(actor, assessmentId, practiceId);
  const ids = { assessmentId, practiceId };
  return (
    <>
      <AssessmentHeading assessment={d.assessment} title={`Discussion: ${d.practice.title}`} />
      <p className="usa-intro">
        {d.comments.length === 0 ? "No comments yet" : `${d.comments.length} comment${d.comments.length === 1 ? "" : "s"}`}
        {d.openFlags > 0 && `; ${d.openFlags === 1 ? "one asks" : `${d.openFlags} ask`} for another look at the answer`}.
      </p>
      <p>
        <Link href={`/assessments/${assessmentId}/disciplines/${d.practice.discipline.key}`}>The answer, under {d.practice.discipline.name}</Link>
      </p>
      {d.openFlags > 0 && d.canClearFlags && (
        <ActionButton action={clearNeedsLookAction} values={ids}>
          Clear “needs another look”
        </ActionButton>
      )}
      {d.comments.length > 0 && (
        <ol className="usa-list usa-list--unstyled margin-top-3" aria-label="Comments, oldest first">
          {d.comments.map((c) => (
            <li key={c.id} className="border-top border-base-lighter padding-y-2">
              <p className="margin-y-0 text-bold">
                {c.author.name} <span className="text-normal text-base-dark font-body-2xs">{formatTimestamp(c.createdAt)}</span>
              </p>
              <CommentBody parts={commentParts(c.body)} />
              {c.needsLook && (
                <p className="margin-y-0">
                  {c.clearedAt ? (
                    <span className="font-body-2xs">Asked for another look; cleared by {c.clearedBy?.name ?? "a lead"} {formatTimestamp(c.clearedAt)}.</span>
                  ) : (
                    <Tag className="bg-secondary-dark">Needs another look</Tag>
                  )}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
      <h2>Add a comment</h2>
      <ActionForm action={addCommentAction} submitLabel="Add comment" className="usa-form usa-form--large">
        <HiddenFields values={ids} />
        <TextareaField
          id="comment-body"
          name="body"
          label="Comment"
          hint="Plain text. Mention someone with @ and their e-mail address to tell them; web addresses become links."
        />
        <Checkbox id="comment-needs-look" name="needsLook" value="on" label="The answer needs another look" />
      </ActionForm>
      {d.mentionable.length > 0 && (
        <details className="margin-top-3">
          <summary>Who can be mentioned</summary>
          <ul className="usa-list">
            {d.mentionable.map((m) => (
              <li key={m.email}>
                {m.name}: @{m.email}
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
