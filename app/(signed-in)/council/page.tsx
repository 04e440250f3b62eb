import type { Metadata } from "next";
import Link from "next/link";
import { CyclePicker } from "@/components/cycle-picker";
import { Row, Table } from "@/components/uswds/table";
import { requireActor } from "@/lib/auth/session";
import { statusLabels, statusOrder } from "@/lib/assessment-status";
import { listCycles } from "@/lib/data-access/cycles";
import { getCycleStatusCounts } from "@/lib/data-access/dashboards";
import { isPast, todayIso } from "@/lib/scoring/due-dates";

export const metadata: Metadata = { title: "Council overview" };

export default async function CouncilHome({ searchParams }: { searchParams: Promise<{ cycle?: string }> }) {
  const actor = await requireActor();
  const { cycle } = await searchParams;
  const { cycleName, expected, counts, submissionDueOn, reviewDueOn } = await getCycleStatusCounts(actor, cycle);
  const today = todayIso();
  // Past a due date, every program still at a status it concerns is late: the counts by status say how many.
  const lateSubmissions = isPast(submissionDueOn, today) ? counts.NOT_STARTED + counts.DRAFT + counts.RETURNED : 0;
  const lateReviews = isPast(reviewDueOn, today) ? counts.SUBMITTED : 0;
  const cycles = await listCycles(actor);
  const listHref = (status: string) => `/council/programs?${new URLSearchParams({ cycle: cycleName ?? "", status })}`;
  return (
    <>
      <h1>Council overview</h1>
      <ul className="usa-list usa-list--unstyled display-flex flex-wrap">
        <li className="margin-right-3">
          <Link href="/portfolio">Portfolio heatmap</Link>
        </li>
      </ul>
      <CyclePicker cycles={cycles} selected={cycleName} action="/council" />
      {cycleName ? (
        <>
          <p className="usa-intro">
            {counts.SUBMITTED} of {expected} programs are waiting for review in the {cycleName} cycle; {counts.ACCEPTED} are accepted.
          </p>
          {(submissionDueOn || reviewDueOn) && (
            <ul className="usa-list">
              {submissionDueOn && (
                <li>
                  Submissions due {submissionDueOn}
                  {lateSubmissions > 0 && (
                    <>
                      : <span className="usa-tag bg-secondary-dark">Overdue</span> {lateSubmissions === 1 ? "1 program has" : `${lateSubmissions} programs have`} not submitted
                    </>
                  )}
                  .
                </li>
              )}
              {reviewDueOn && (
                <li>
                  Reviews due {reviewDueOn}
                  {lateReviews > 0 && (
                    <>
                      : <span className="usa-tag bg-secondary-dark">Overdue</span> {lateReviews === 1 ? "1 submission waits" : `${lateReviews} submissions wait`} for review
                    </>
                  )}
                  .
                </li>
              )}
            </ul>
          )}
          <Table
            caption={`Programs by self-assessment status, ${cycleName}`}
            columns={["Status", { label: "Programs", className: "text-right" }]}
            fit
            foot={<Row header="Programs expected" cells={[expected]} cellClassName="text-right" />}
          >
            {statusOrder.map((s) => (
              <Row key={s} header={<Link href={listHref(s)}>{statusLabels[s]}</Link>} cells={[counts[s]]} cellClassName="text-right" />
            ))}
          </Table>
        </>
      ) : (
        <p className="usa-intro">No assessment cycle exists yet.</p>
      )}
    </>
  );
}
