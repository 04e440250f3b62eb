import { formatTimestamp } from "@/lib/format";
import { RowHeader, Table } from "../uswds/table";

type AuditEvent = { id: bigint | number | string; at: Date; actorEmail: string; action: string; entityType: string; entityId: string; before: unknown; after: unknown };

const json = (value: unknown) => (value ? JSON.stringify(value) : "–");

/** A page of the audit log, newest first; each event's values before and after open on demand. */
export function AuditTable({ events }: { events: AuditEvent[] }) {
  return (
    <Table caption="Audit events, newest first" columns={["When (UTC)", "Actor", "Action", "Entity", "Before and after"]} compact>
      {events.map((e) => (
        <tr key={String(e.id)}>
          <td>{formatTimestamp(e.at).replace(/^on /, "")}</td>
          <td>{e.actorEmail}</td>
          <RowHeader className="text-normal">{e.action}</RowHeader>
          <td>
            {e.entityType}
            <span className="display-block font-body-3xs text-base-dark">{e.entityId}</span>
          </td>
          <td>
            {e.before || e.after ? (
              <details>
                <summary>Show</summary>
                <dl className="font-mono-3xs">
                  <dt className="text-bold">Before</dt>
                  <dd className="margin-left-0">{json(e.before)}</dd>
                  <dt className="text-bold">After</dt>
                  <dd className="margin-left-0">{json(e.after)}</dd>
                </dl>
              </details>
            ) : (
              "–"
            )}
          </td>
        </tr>
      ))}
    </Table>
  );
}
