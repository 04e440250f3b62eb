import type { Metadata } from "next";
import Link from "next/link";
import { CyclePicker } from "@/components/cycle-picker";
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
          <table className="usa-table usa-table--borderless">
            <caption>Programs by self-assessment status, {cycleName}</caption>
            <thead>
              <tr>
                <th scope="col">Status</th>
                <th scope="col" className="text-right">
                  Programs
                </th>
              </tr>
            </thead>
            <tbody>
              {statusOrder.map((s) => (
                <tr key={s}>
                  <th scope="row">
                    <Link href={listHref(s)}>{statusLabels[s]}</Link>
                  </th>
                  <td className="text-right">{counts[s]}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">Programs expected</th>
                <td className="text-right">{expected}</td>
              </tr>
            </tfoot>
          </table>
        </>
      ) : (
        <p className="usa-intro">No assessment cycle exists yet.</p>
      )}
    </>
  );
}
