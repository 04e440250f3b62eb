import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StatusTag } from "@/components/status-tag";
import { RowHeader, Table } from "@/components/uswds/table";
import { requireActor } from "@/lib/auth/session";
import { statusLabels, statusOrder, type ProgressStatus } from "@/lib/assessment-status";
import { listProgramsByStatus } from "@/lib/data-access/dashboards";
import { formatTimestamp } from "@/lib/format";

export const metadata: Metadata = { title: "Programs by status" };

export default async function ProgramsByStatusPage({ searchParams }: { searchParams: Promise<{ cycle?: string; status?: string }> }) {
  const actor = await requireActor();
  const { cycle, status } = await searchParams;
  if (!statusOrder.includes(status as ProgressStatus)) notFound();
  const { cycleName, rows } = await listProgramsByStatus(actor, cycle, status as ProgressStatus);
  const label = statusLabels[status as ProgressStatus];
  return (
    <>
      <Breadcrumbs trail={[{ href: `/council?cycle=${encodeURIComponent(cycleName ?? "")}`, label: "Council overview" }]} current={label} />
      <h1>
        {label}, {cycleName}
      </h1>
      <p className="usa-intro">
        {rows.length} program{rows.length === 1 ? "" : "s"}.
      </p>
      {rows.length > 0 && (
        <Table caption={`Programs with status “${label}” in ${cycleName}`} columns={["Agency", "Program", "Status", "Last change", "Submitted by"]}>
          {rows.map((r) => (
            <tr key={r.programId}>
              <td>{r.agency}</td>
              <RowHeader>{r.assessmentId && r.status !== "DRAFT" ? <Link href={`/council/review/${r.assessmentId}`}>{r.program}</Link> : r.program}</RowHeader>
              <td>
                <StatusTag status={r.status} />
                {r.overdue && <span className="usa-tag bg-secondary-dark margin-left-1">Overdue</span>}
              </td>
              <td>{r.lastChange ? formatTimestamp(r.lastChange) : "–"}</td>
              <td>{r.submittedBy ?? "–"}</td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}
