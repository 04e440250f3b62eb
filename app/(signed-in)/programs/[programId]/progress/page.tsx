import type { Metadata } from "next";
import Link from "next/link";
import { ActionItemFilters } from "@/components/action-items/filters";
import { ActionItemsTable } from "@/components/action-items/action-items-table";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { OutcomesSection } from "@/components/outcomes/outcomes-section";
import { ProgressSection } from "@/components/progress/progress-section";
import { Alert } from "@/components/uswds/alert";
import { Row, Table } from "@/components/uswds/table";
import { requireActor } from "@/lib/auth/session";
import { listActionItems } from "@/lib/data-access/action-items";
import { getProgramOutcomes } from "@/lib/data-access/outcomes";
import { getProgramProgress } from "@/lib/data-access/progress";
import { formatDate } from "@/lib/format";
import { mixedVersionsText } from "@/lib/model/version-change";
import { targetStatusLabels } from "@/lib/scoring/targets";
import { actionItemFilterSchema } from "@/lib/validation/action-items";

export const metadata: Metadata = { title: "Progress" };

export default async function ProgressPage({ params, searchParams }: PageProps<"/programs/[programId]/progress">) {
  const actor = await requireActor();
  const { programId } = await params;
  const search = await searchParams;
  const filter = actionItemFilterSchema.parse(search);
  const p = await getProgramProgress(actor, programId);
  const [items, outcomes] = await Promise.all([listActionItems(actor, { programId }, filter), getProgramOutcomes(actor, programId)]);
  const mixed = mixedVersionsText(p.modelVersions);
  const names = Object.fromEntries(p.disciplines.map((d) => [d.key, d.name]));
  return (
    <>
      <Breadcrumbs trail={[{ href: `/programs/${p.program.id}`, label: p.program.name }]} current="Progress" />
      <p className="margin-bottom-0 text-base">{p.program.agency.name}</p>
      <h1 className="margin-top-1">Progress: {p.program.name}</h1>
      {search.planned && (
        <Alert type="success" slim role="status">
          Action item added.
        </Alert>
      )}
      <h2>Scores over time</h2>
      {mixed && <p className="text-base-dark">{mixed}</p>}
      <ProgressSection title={`${p.program.name}: score per discipline`} disciplines={p.disciplines} points={p.points} baselineCycle={p.baselineCycle} changes={p.changes} overall={p.overall} />

      <h2>Customer outcomes</h2>
      <OutcomesSection programName={p.program.name} quarters={outcomes.quarters} services={outcomes.services} />

      <h2>Targets</h2>
      {p.targets.length === 0 ? (
        <p>No targets set yet. Without one, a discipline’s target is the next level up; set targets from the results of an assessment.</p>
      ) : (
        <Table caption="Targets and their status, from accepted assessments" columns={["Discipline", "Target level", "Due", "Latest accepted level", "Status"]} fit>
          {p.targets.map((t) => (
            <Row
              key={t.disciplineKey}
              header={names[t.disciplineKey] ?? t.disciplineKey}
              cells={[t.targetLevel, t.dueOn ? formatDate(t.dueOn) : "–", t.latestLevel ?? "–", targetStatusLabels[t.status]]}
            />
          ))}
        </Table>
      )}

      <h2 id="action-items">Action items</h2>
      {p.canPlan && (
        <p>
          Plan an action for a gap in:{" "}
          {p.disciplines.map((d, i) => (
            <span key={d.key}>
              {i > 0 && " · "}
              <Link href={`/programs/${p.program.id}/action-items/new?discipline=${d.key}`}>{d.name}</Link>
            </span>
          ))}
        </p>
      )}
      <ActionItemFilters action={`/programs/${p.program.id}/progress`} filter={filter} exportHref={`/action-items/export.csv`} extra={{ programId: p.program.id }} />
      <ActionItemsTable items={items} caption={`Action items of ${p.program.name}`} showProgram={false} disciplineNames={names} />
    </>
  );
}
