import type { Metadata } from "next";
import Link from "next/link";
import { ChangeText } from "@/components/progress/change-text";
import { ProgressSection } from "@/components/progress/progress-section";
import { Fragment } from "react";
import { StatusTag } from "@/components/status-tag";
import { Row, Table } from "@/components/uswds/table";
import { Tag } from "@/components/uswds/tag";
import { requireActor } from "@/lib/auth/session";
import { getAgencyOverview } from "@/lib/data-access/progress";
import { mixedVersionsText } from "@/lib/model/version-change";

export const metadata: Metadata = { title: "Agency overview" };

const levelText = (cell: { cycle: string; level: number | null; score: number | null } | null) =>
  cell ? `${cell.level ?? "–"} (score ${cell.score ?? "–"}, ${cell.cycle})` : "No accepted assessment";

export default async function CcoHome() {
  const actor = await requireActor();
  const o = await getAgencyOverview(actor);
  const mixed = mixedVersionsText(o.modelVersions);
  return (
    <>
      <h1>{o.agencyName}</h1>
      <p className="usa-intro">Your agency’s programs: where each started, where it is now, its targets and open actions.</p>
      {o.openCycle?.submissionDueOn && (
        <p>
          {o.openCycle.name} self-assessments are due {o.openCycle.submissionDueOn}; programs that have not submitted after it are marked “Overdue”.
        </p>
      )}
      <p>
        <Link href="/cco/action-items">All action items of the agency</Link> · <Link href="/portfolio">Portfolio heatmap</Link> · <Link href="/outcomes/import">Import customer-survey results</Link>
      </p>
      <Table
        caption={`Programs of ${o.agencyName}: overall level at baseline and now`}
        columns={["Program", o.openCycle && `${o.openCycle.name} self-assessment`, "Baseline level", "Latest level", "Change in score since baseline", "Targets met", "Targets due", "Targets overdue", "Open action items"]}
      >
        {o.rows.map((r) => (
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
      <h2>The agency over time</h2>
      {mixed && <p className="text-base-dark">{mixed}</p>}
      <ProgressSection title={`${o.agencyName}: mean score of its programs per discipline`} disciplines={o.disciplines} points={o.mean} baselineCycle={o.baselineCycle} changes={o.changes} />
    </>
  );
}
