import type { Metadata } from "next";
import Link from "next/link";
import { CyclePicker } from "@/components/cycle-picker";
import { Row, Table } from "@/components/uswds/table";
import { requireActor } from "@/lib/auth/session";
import { statusLabels, statusOrder } from "@/lib/assessment-status";
import { listCycles } from "@/lib/data-access/cycles";
import { getCycleStatusCounts } from "@/lib/data-access/dashboards";

export const metadata: Metadata = { title: "Council overview" };

export default async function CouncilHome({ searchParams }: { searchParams: Promise<{ cycle?: string }> }) {
  const actor = await requireActor();
  const { cycle } = await searchParams;
  const { cycleName, expected, counts } = await getCycleStatusCounts(actor, cycle);
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
