import Link from "next/link";
import type { ActionItemRow } from "@/lib/data-access/types";
import { actionItemStatusLabels } from "@/lib/action-item-status";
import { formatDate } from "@/lib/format";
import { ActionItemStatusForm } from "./status-form";

/** Action items with their gap, owner, due date, resources and status; one table for a program or an agency. */
export function ActionItemsTable({
  items,
  caption,
  showProgram,
  disciplineNames,
}: {
  items: ActionItemRow[];
  caption: string;
  showProgram: boolean;
  disciplineNames: Record<string, string>;
}) {
  if (items.length === 0) return <p>No action items match.</p>;
  return (
    <table className="usa-table usa-table--borderless width-full">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Action</th>
          {showProgram && <th scope="col">Program</th>}
          <th scope="col">Gap</th>
          <th scope="col">Owner</th>
          <th scope="col">Due</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {items.map((i) => (
          <tr key={`${i.id}:${i.version}`}>
            <th scope="row">
              {i.title}
              {i.notes && <span className="display-block font-body-2xs text-normal">{i.notes}</span>}
              {i.resources.map((r) => (
                <a key={r.id} href={r.url} className="display-block font-body-2xs text-normal usa-link" rel="noreferrer">
                  {r.title}
                </a>
              ))}
            </th>
            {showProgram && (
              <td>
                <Link href={`/programs/${i.programId}/progress`}>{i.program}</Link>
              </td>
            )}
            <td>
              {disciplineNames[i.disciplineKey] ?? i.disciplineKey}
              {i.practiceKey && <span className="display-block font-body-2xs">{i.practiceKey}</span>}
            </td>
            <td>{i.ownerName}</td>
            <td>{i.dueOn ? formatDate(i.dueOn) : "–"}</td>
            <td>
              {i.canEdit ? <ActionItemStatusForm id={i.id} title={i.title} status={i.status} version={i.version} /> : actionItemStatusLabels[i.status]}
              {i.completedAt && <span className="display-block font-body-2xs">Done {formatDate(i.completedAt)}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
