import Link from "next/link";
import type { PlanActionView } from "@/lib/data-access/types";
import { actionMissing } from "@/lib/plans/completeness";
import { measurableTarget, timeFrame } from "@/lib/plans/wording";
import { Row, Table } from "../uswds/table";

export type NamedPlanAction = PlanActionView & { disciplineName: string; practiceTitles: string[] };

/** A plan's actions: what, for which gap, the measurable target, time frame, owner, level, and what each lacks. */
export function PlanActionsTable({ caption, actions, editHref }: { caption: string; actions: NamedPlanAction[]; editHref?: (actionId: string) => string }) {
  return (
    <Table caption={caption} columns={["Action", "Discipline and practices", "Measurable target", "Time frame", "Owner", "Expected level", "Missing"]}>
      {actions.map((a) => {
        const missing = actionMissing(a);
        return (
          <Row
            key={a.id}
            header={editHref ? <Link href={editHref(a.id)}>{a.title}</Link> : a.title}
            cells={[
              [a.disciplineName, ...a.practiceTitles].join(": "),
              a.notPlanned ? `Not planned: ${a.notPlannedReason || "no reason given"}` : measurableTarget(a) || "–",
              timeFrame(a) || "–",
              a.ownerName || "–",
              a.expectedLevel ?? "–",
              missing.length ? missing.join("; ") : "Nothing",
            ]}
          />
        );
      })}
    </Table>
  );
}
