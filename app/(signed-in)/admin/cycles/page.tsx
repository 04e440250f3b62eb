import type { Metadata } from "next";
import { ActionButton, ActionForm } from "@/components/action-form";
import { AdminHeading } from "@/components/admin/admin-heading";
import { Row, Table } from "@/components/uswds/table";
import { TextField } from "@/components/uswds/text-field";
import { HiddenFields } from "@/components/uswds/hidden-fields";
import { createCycleAction, setCycleDueDatesAction, setCycleStatusAction } from "@/lib/actions/admin";
import { requireActor } from "@/lib/auth/session";
import { listCyclesForAdmin } from "@/lib/data-access/admin-cycles";
import { formatDate } from "@/lib/format";
import { dayOf } from "@/lib/scoring/due-dates";

export const metadata: Metadata = { title: "Cycles" };

const statusLabel = { PLANNED: "Planned", OPEN: "Open", CLOSED: "Closed" } as const;

export default async function CyclesPage() {
  const actor = await requireActor();
  const cycles = await listCyclesForAdmin(actor);
  return (
    <>
      <AdminHeading title="Cycles" current="/admin/cycles" intro="One cycle is open at a time. Closing a cycle makes its drafts read-only." />
      <Table caption="Assessment cycles, newest first" columns={["Cycle", "Starts", "Ends", "Submissions due", "Reviews due", "Assessments", "Status", "Change"]}>
        {cycles.map((c) => (
          <Row
            key={`${c.id}:${c.version}`}
            header={c.name}
            cells={[
              formatDate(c.startsOn),
              formatDate(c.endsOn),
              c.submissionDueOn ? formatDate(c.submissionDueOn) : "Not set",
              c.reviewDueOn ? formatDate(c.reviewDueOn) : "Not set",
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
      <h2>Due dates</h2>
      <p>Programs not submitted after the submission date, and submissions not reviewed after the review date, are marked overdue on the leads’ and council’s pages. A lead may set earlier dates for each discipline.</p>
      {cycles
        .filter((c) => c.status !== "CLOSED")
        .map((c) => (
          <section key={`${c.id}:${c.version}`} aria-labelledby={`due-${c.id}`}>
            <h3 id={`due-${c.id}`}>{c.name}</h3>
            <ActionForm action={setCycleDueDatesAction} submitLabel={<>Save due dates<span className="usa-sr-only"> of {c.name}</span></>} className="usa-form">
              <HiddenFields values={{ cycleId: c.id, expectedVersion: c.version }} />
              <TextField id={`submissions-due-${c.id}`} name="submissionDueOn" type="date" label="Submissions due (optional)" defaultValue={dayOf(c.submissionDueOn) ?? ""} />
              <TextField id={`reviews-due-${c.id}`} name="reviewDueOn" type="date" label="Reviews due (optional)" defaultValue={dayOf(c.reviewDueOn) ?? ""} />
            </ActionForm>
          </section>
        ))}
      <h2>New cycle</h2>
      <ActionForm action={createCycleAction} submitLabel="Create cycle">
        <TextField id="cycle-name" name="name" label="Name" hint="For example FY2027" />
        <TextField id="cycle-starts" name="startsOn" type="date" label="Start date" />
        <TextField id="cycle-ends" name="endsOn" type="date" label="End date" />
      </ActionForm>
    </>
  );
}
