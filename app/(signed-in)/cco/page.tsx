import type { Metadata } from "next";
import Link from "next/link";
import { ChangeText } from "@/components/progress/change-text";
import { ProgressSection } from "@/components/progress/progress-section";
import { requireActor } from "@/lib/auth/session";
import { getAgencyOverview } from "@/lib/data-access/progress";

export const metadata: Metadata = { title: "Agency overview" };

const levelText = (cell: { cycle: string; level: number | null; score: number | null } | null) =>
  cell ? `${cell.level ?? "–"} (score ${cell.score ?? "–"}, ${cell.cycle})` : "No accepted assessment";

export default async function CcoHome() {
  const actor = await requireActor();
  const o = await getAgencyOverview(actor);
  return (
    <>
      <h1>{o.agencyName}</h1>
      <p className="usa-intro">Your agency’s programs: where each started, where it is now, its targets and open actions.</p>
      <p>
        <Link href="/cco/action-items">All action items of the agency</Link> · <Link href="/portfolio">Portfolio heatmap</Link>
      </p>
      <table className="usa-table usa-table--borderless width-full">
        <caption>Programs of {o.agencyName}: overall level at baseline and now</caption>
        <thead>
          <tr>
            <th scope="col">Program</th>
            <th scope="col">Baseline level</th>
            <th scope="col">Latest level</th>
            <th scope="col">Change in score since baseline</th>
            <th scope="col">Targets met</th>
            <th scope="col">Targets due</th>
            <th scope="col">Targets overdue</th>
            <th scope="col">Open action items</th>
          </tr>
        </thead>
        <tbody>
          {o.rows.map((r) => (
            <tr key={r.programId}>
              <th scope="row">
                <Link href={`/programs/${r.programId}/progress`}>{r.program}</Link>
              </th>
              <td>{levelText(r.baseline)}</td>
              <td>{levelText(r.latest)}</td>
              <td>
                <ChangeText delta={r.change} />
              </td>
              <td>{r.targetsMet}</td>
              <td>{r.targetsDue}</td>
              <td>{r.targetsOverdue}</td>
              <td>{r.openActionItems}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>The agency over time</h2>
      <ProgressSection title={`${o.agencyName}: mean score of its programs per discipline`} disciplines={o.disciplines} points={o.mean} baselineCycle={o.baselineCycle} changes={o.changes} />
    </>
  );
}
