import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/session";
import { statusLabels, statusOrder } from "@/lib/assessment-status";
import { getCycleStatusCounts } from "@/lib/data-access/dashboards";

export const metadata: Metadata = { title: "Council overview" };

export default async function CouncilHome() {
  const actor = await requireActor();
  const { cycleName, expected, counts } = await getCycleStatusCounts(actor);
  return (
    <>
      <h1>Council overview</h1>
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
                  <th scope="row">{statusLabels[s]}</th>
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
        <p className="usa-intro">No assessment cycle is open right now.</p>
      )}
    </>
  );
}
