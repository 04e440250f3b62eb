import type { Metadata } from "next";
import Link from "next/link";
import { AgencyProgramsTable } from "@/components/progress/agency-programs-table";
import { ProgressSection } from "@/components/progress/progress-section";
import { requireActor } from "@/lib/auth/session";
import { getAgencyOverview } from "@/lib/data-access/progress";
import { mixedVersionsText } from "@/lib/model/version-change";

export const metadata: Metadata = { title: "Agency overview" };

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
      <AgencyProgramsTable agencyName={o.agencyName} openCycleName={o.openCycle?.name ?? null} rows={o.rows} />
      <h2>The agency over time</h2>
      {mixed && <p className="text-base-dark">{mixed}</p>}
      <ProgressSection title={`${o.agencyName}: mean score of its programs per discipline`} disciplines={o.disciplines} points={o.mean} baselineCycle={o.baselineCycle} changes={o.changes} />
    </>
  );
}
