import type { Metadata } from "next";
import { ActionForm } from "@/components/action-form";
import { AdminNav } from "@/components/admin-nav";
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
      <h1>Cycles</h1>
      <AdminNav current="/admin/cycles" />
      <p className="usa-intro">One cycle is open at a time. Closing a cycle makes its drafts read-only.</p>
      <table className="usa-table usa-table--borderless width-full">
        <caption>Assessment cycles, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Cycle</th>
            <th scope="col">Starts</th>
            <th scope="col">Ends</th>
            <th scope="col">Assessments</th>
            <th scope="col">Status</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {cycles.map((c) => (
            <tr key={`${c.id}:${c.version}`}>
              <th scope="row">{c.name}</th>
              <td>{formatDate(c.startsOn)}</td>
              <td>{formatDate(c.endsOn)}</td>
              <td>{c._count.assessments}</td>
              <td>{statusLabel[c.status]}</td>
              <td>
                <ActionForm action={setCycleStatusAction} submitLabel={<>{c.status === "OPEN" ? "Close" : "Open"}<span className="usa-sr-only"> {c.name}</span></>} className="" buttonClassName="usa-button usa-button--outline">
                  <input type="hidden" name="cycleId" value={c.id} />
                  <input type="hidden" name="expectedVersion" value={c.version} />
                  <input type="hidden" name="status" value={c.status === "OPEN" ? "CLOSED" : "OPEN"} />
                </ActionForm>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>New cycle</h2>
      <ActionForm action={createCycleAction} submitLabel="Create cycle">
        <label className="usa-label" htmlFor="cycle-name">
          Name
        </label>
        <span className="usa-hint" id="cycle-name-hint">
          For example FY2027
        </span>
        <input className="usa-input" id="cycle-name" name="name" aria-describedby="cycle-name-hint" />
        <label className="usa-label" htmlFor="cycle-starts">
          Start date
        </label>
        <input className="usa-input" type="date" id="cycle-starts" name="startsOn" />
        <label className="usa-label" htmlFor="cycle-ends">
          End date
        </label>
        <input className="usa-input" type="date" id="cycle-ends" name="endsOn" />
      </ActionForm>
    </>
  );
}
