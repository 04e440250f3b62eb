import type { Metadata } from "next";
import { AdminNav } from "@/components/admin-nav";
import { requireActor } from "@/lib/auth/session";
import { getAdminOverview } from "@/lib/data-access/dashboards";

export const metadata: Metadata = { title: "Administration" };

export default async function AdminHome() {
  const actor = await requireActor();
  const overview = await getAdminOverview(actor);
  const rows: [string, number][] = [
    ["Agencies", overview.agencies],
    ["Programs", overview.programs],
    ["Active users", overview.users],
    ["Assessment cycles", overview.cycles],
    ["Audit events", overview.auditEvents],
  ];
  return (
    <>
      <h1>Administration</h1>
      <AdminNav current="/admin" />
      <p className="usa-intro">What this installation holds.</p>
      <table className="usa-table usa-table--borderless">
        <caption>Records in this installation</caption>
        <thead>
          <tr>
            <th scope="col">Record</th>
            <th scope="col" className="text-right">
              Count
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, count]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td className="text-right">{count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
