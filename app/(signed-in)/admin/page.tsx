import type { Metadata } from "next";
import { AdminHeading } from "@/components/admin/admin-heading";
import { Row, Table } from "@/components/uswds/table";
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
      <AdminHeading title="Administration" current="/admin" intro="What this installation holds." />
      <Table caption="Records in this installation" columns={["Record", { label: "Count", className: "text-right" }]} fit>
        {rows.map(([label, count]) => (
          <Row key={label} header={label} cells={[count]} cellClassName="text-right" />
        ))}
      </Table>
    </>
  );
}
