"use client";

// A client component for its payload, not for behaviour (docs/decisions/0009): the table is most of
// the CCO overview, and its rows travel once as HTML and once as their data, not twice as markup.
import Link from "next/link";
import { Fragment } from "react";
import type { ProgressStatus } from "@/lib/assessment-status";
import { StatusTag } from "../status-tag";
import { Row, Table } from "../uswds/table";
import { Tag } from "../uswds/tag";
import { ChangeText } from "./change-text";

type LevelPoint = { cycle: string; level: number | null; score: number | null } | null;

export type AgencyProgramRow = {
  programId: string;
  program: string;
  baseline: LevelPoint;
  latest: LevelPoint;
  change: number | null;
  targetsMet: number;
  targetsDue: number;
  targetsOverdue: number;
  openActionItems: number;
  openCycle: { status: ProgressStatus; overdue: boolean } | null;
};

const levelText = (cell: LevelPoint) => (cell ? `${cell.level ?? "–"} (score ${cell.score ?? "–"}, ${cell.cycle})` : "No accepted assessment");

/** The agency's programs: each one's level at baseline and now, its targets and open action items, and the open cycle's status. */
export function AgencyProgramsTable({ agencyName, openCycleName, rows }: { agencyName: string; openCycleName: string | null; rows: AgencyProgramRow[] }) {
  return (
    <Table
      caption={`Programs of ${agencyName}: overall level at baseline and now`}
      columns={["Program", openCycleName && `${openCycleName} self-assessment`, "Baseline level", "Latest level", "Change in score since baseline", "Targets met", "Targets due", "Targets overdue", "Open action items"]}
    >
      {rows.map((r) => (
        <Row
          key={r.programId}
          header={<Link href={`/programs/${r.programId}/progress`}>{r.program}</Link>}
          cells={[
            ...(r.openCycle
              ? [
                  <Fragment key="open">
                    <StatusTag status={r.openCycle.status} />
                    {r.openCycle.overdue && <Tag className="bg-secondary-dark margin-left-1">Overdue</Tag>}
                  </Fragment>,
                ]
              : []),
            levelText(r.baseline),
            levelText(r.latest),
            <ChangeText key="change" delta={r.change} />,
            r.targetsMet,
            r.targetsDue,
            r.targetsOverdue,
            r.openActionItems,
          ]}
        />
      ))}
    </Table>
  );
}
