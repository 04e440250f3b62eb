import type { Metadata } from "next";
import { ActionButton, ActionForm } from "@/components/action-form";
import { AdminHeading } from "@/components/admin/admin-heading";
import { Row, Table } from "@/components/uswds/table";
import { TextField } from "@/components/uswds/text-field";
import { createCycleAction, setCycleStatusAction } from "@/lib/actions/admin";
import { requireActor } from "@/lib/auth/session";
import { listCyclesForAdmin } from "@/lib/data-access/admin-cycles";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "Cycles" };

const statusLabel = { PLANNED: "Planned", OPEN: "Open", CLOSED: "Closed" } as const;

export default async function CyclesPage() {
  const actor = await requireActor();
  const cycles = await listCyclesForAdmin(actor);
  return (
    <>
      <AdminHeading title="Cycles" current="/admin/cycles" intro="One cycle is open at a time. Closing a cycle makes its drafts read-only." />
      <Table caption="Assessment cycles, newest first" columns={["Cycle", "Starts", "Ends", "Assessments", "Status", "Change"]}>
        {cycles.map((c) => (
          <Row
            key={`${c.id}:${c.version}`}
            header={c.name}
            cells={[
              formatDate(c.startsOn),
              formatDate(c.endsOn),
              c._count.assessments,
              statusLabel[c.status],
              <ActionButton key="change" action={setCycleStatusAction} values={{ cycleId: c.id, expectedVersion: c.version, status: c.status === "OPEN" ? "CLOSED" : "OPEN" }}>
                {c.status === "OPEN" ? "Close" : "Open"}
                <span className="usa-sr-only"> {c.name}</span>
              </ActionButton>,
            ]}
          />
        ))}
      </Table>
      <h2>New cycle</h2>
      <ActionForm action={createCycleAction} submitLabel="Create cycle">
        <TextField id="cycle-name" name="name" label="Name" hint="For example FY2027" />
        <TextField id="cycle-starts" name="startsOn" type="date" label="Start date" />
        <TextField id="cycle-ends" name="endsOn" type="date" label="End date" />
      </ActionForm>
    </>
  );
}
