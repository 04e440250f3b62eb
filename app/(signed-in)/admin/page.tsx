import type { Metadata } from "next";
import Link from "next/link";
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
      <h2>Manage</h2>
      <ul className="usa-list">
        <li>
          <Link href="/admin/model">Maturity model versions: export and import</Link>
        </li>
      </ul>
    </>
  );
}
