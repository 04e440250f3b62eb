import Link from "next/link";
import type { ActionItemRow } from "@/lib/data-access/types";
import { actionItemStatusLabels } from "@/lib/action-item-status";
import { formatDate } from "@/lib/format";
import { Row, Table } from "../uswds/table";
import { ActionItemStatusForm } from "./status-form";

const small = "display-block font-body-2xs";

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
    <Table caption={caption} columns={["Action", showProgram && "Program", "Gap", "Owner", "Due", "Status"]}>
      {items.map((i) => (
        <Row
          key={`${i.id}:${i.version}`}
          header={
            <>
              {i.title}
              {i.notes && <span className={`${small} text-normal`}>{i.notes}</span>}
              {i.resources.map((r) => (
                <a key={r.id} href={r.url} className={`${small} text-normal usa-link`} rel="noreferrer">
                  {r.title}
                </a>
              ))}
            </>
          }
          cells={[
            ...(showProgram ? [<Link key="program" href={`/programs/${i.programId}/progress`}>{i.program}</Link>] : []),
            <>
              {disciplineNames[i.disciplineKey] ?? i.disciplineKey}
              {i.practiceKey && <span className={small}>{i.practiceKey}</span>}
            </>,
            i.ownerName,
            i.dueOn ? formatDate(i.dueOn) : "–",
            <>
              {i.canEdit ? <ActionItemStatusForm id={i.id} title={i.title} status={i.status} version={i.version} /> : actionItemStatusLabels[i.status]}
              {i.completedAt && <span className={small}>Done {formatDate(i.completedAt)}</span>}
            </>,
          ]}
        />
      ))}
    </Table>
  );
}
