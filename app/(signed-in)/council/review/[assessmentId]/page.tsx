import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import Link from "next/link";
import { NotApplicableAnswers, ReviewAnswers } from "@/components/review-answers";
import { ReviewForm } from "@/components/review-form";
import { ReviewHistory } from "@/components/review-history";
import { StatusTag } from "@/components/status-tag";
import { Alert } from "@/components/uswds/alert";
import { requireActor } from "@/lib/auth/session";
import { getSubmissionForReview } from "@/lib/data-access/reviews";
import { formatTimestamp } from "@/lib/format";

export const metadata: Metadata = { title: "Review a submission" };

export default async function ReviewPage({ params, searchParams }: PageProps<"/council/review/[assessmentId]">) {
  const actor = await requireActor();
  const s = await getSubmissionForReview(actor, (await params).assessmentId);
  const { decided } = await searchParams;
  const a = s.assessment;
  return (
    <>
      <Breadcrumbs trail={[{ href: "/council", label: "Council overview" }]} current="Review" />
      <p className="margin-bottom-0 text-base">
        {a.program.agency.name} · {a.cycle.name} <StatusTag status={a.status} />
      </p>
      <h1 className="margin-top-1">Review: {a.program.name}</h1>
      {decided && (
        <Alert type="success" role="status">
          Decision recorded: {decided === "accepted" ? "accepted" : "returned for revision"}.
        </Alert>
      )}
      <p className="usa-intro">
        {s.submittedBy ? `Submitted by ${s.submittedBy}` : "Not submitted"}
        {s.submittedAt ? ` ${formatTimestamp(s.submittedAt)}` : ""}.{" "}
        {(a.status === "SUBMITTED" || a.status === "ACCEPTED") && <Link href={`/assessments/${a.id}/results`}>See its results</Link>}
      </p>
      <h2>Decisions</h2>
      <ReviewHistory history={s.history} />

      <h2>Not applicable</h2>
      <NotApplicableAnswers disciplines={s.disciplines} />

      <h2>Answers</h2>
      <ReviewAnswers disciplines={s.disciplines} />
      {s.canDecide && (
        <>
          <h2>Your decision</h2>
          <ReviewForm
            assessmentId={a.id}
            version={a.version}
            levels={s.levels}
            disciplines={s.disciplines.map((d) => ({
              ...d,
              practices: d.practices.map((p) => ({
                id: p.id,
                title: p.title,
                answer: !p.answer ? "Not answered" : p.answer.notApplicable ? "Not applicable" : `Level ${p.answer.level}: ${s.levels[(p.answer.level ?? 1) - 1] ?? ""}`,
              })),
            }))}
          />
        </>
      )}
    </>
  );
}
