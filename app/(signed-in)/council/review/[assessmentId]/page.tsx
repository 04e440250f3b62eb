import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import Link from "next/link";
import { ReviewForm } from "@/components/review-form";
import { ReviewHistory } from "@/components/review-history";
import { StatusTag } from "@/components/status-tag";
import { requireActor } from "@/lib/auth/session";
import { getSubmissionForReview } from "@/lib/data-access/reviews";
import { formatTimestamp } from "@/lib/format";

export const metadata: Metadata = { title: "Review a submission" };

export default async function ReviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ assessmentId: string }>;
  searchParams: Promise<{ decided?: string }>;
}) {
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
        <div className="usa-alert usa-alert--success" role="status">
          <div className="usa-alert__body">
            <p className="usa-alert__text">Decision recorded: {decided === "accepted" ? "accepted" : "returned for revision"}.</p>
          </div>
        </div>
      )}
      <p className="usa-intro">
        {s.submittedBy ? `Submitted by ${s.submittedBy}` : "Not submitted"}
        {s.submittedAt ? ` ${formatTimestamp(s.submittedAt)}` : ""}.{" "}
        {(a.status === "SUBMITTED" || a.status === "ACCEPTED") && <Link href={`/assessments/${a.id}/results`}>See its results</Link>}
      </p>
      <h2>Decisions</h2>
      <ReviewHistory history={s.history} />

      <h2>Answers</h2>
      {s.disciplines.map((d) => (
        <section key={d.key} aria-labelledby={`review-${d.key}`}>
          <h3 id={`review-${d.key}`}>{d.name}</h3>
          <table className="usa-table usa-table--borderless width-full">
            <caption className="usa-sr-only">Answers for {d.name}</caption>
            <thead>
              <tr>
                <th scope="col">Practice</th>
                <th scope="col">Answer</th>
                <th scope="col">Evidence</th>
                <th scope="col">Answered by</th>
              </tr>
            </thead>
            <tbody>
              {d.practices.map((p) => (
                <tr key={p.id}>
                  <th scope="row" className="text-normal">
                    {p.title}
                  </th>
                  <td>
                    {!p.answer ? (
                      "Not answered"
                    ) : p.answer.notApplicable ? (
                      "Not applicable"
                    ) : (
                      <>
                        <strong>Level {p.answer.level}</strong>
                        <span className="display-block font-body-2xs">{p.answer.descriptor}</span>
                      </>
                    )}
                  </td>
                  <td>
                    {p.answer?.evidenceNote}
                    {p.answer?.evidenceLinks.map((href) => (
                      <a key={href} href={href} className="display-block usa-link" rel="noreferrer">
                        {href}
                      </a>
                    ))}
                  </td>
                  <td className="font-body-2xs">{p.answer ? `${p.answer.answeredBy} ${formatTimestamp(p.answer.updatedAt)}` : ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      {s.canDecide && (
        <>
          <h2>Your decision</h2>
          <ReviewForm assessmentId={a.id} version={a.version} />
        </>
      )}
    </>
  );
}
