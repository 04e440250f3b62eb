import type { Metadata } from "next";
import Link from "next/link";
import { CompareTable } from "@/components/portfolio/compare-table";
import { Alert } from "@/components/uswds/alert";
import { requireActor } from "@/lib/auth/session";
import { getComparison } from "@/lib/data-access/compare";
import { mixedVersionsText } from "@/lib/model/version-change";
import { compareQuerySchema } from "@/lib/validation/portfolio";

export const metadata: Metadata = { title: "Compare programs" };

export default async function ComparePage({ searchParams }: PageProps<"/portfolio/compare">) {
  const actor = await requireActor();
  const parsed = compareQuerySchema.safeParse(await searchParams);
  if (!parsed.success) {
    return (
      <>
        <h1>Compare programs</h1>
        <Alert type="error" role="alert" heading="Nothing to compare yet">
          {parsed.error.issues[0]!.message}
        </Alert>
        <p>
          <Link href="/portfolio">Back to the portfolio</Link>
        </p>
      </>
    );
  }
  const c = await getComparison(actor, parsed.data.program);
  const title = c.program ? `${c.program.name} across cycles` : "Programs side by side";
  const mixed = mixedVersionsText(c.modelVersions);
  const changeNote = c.program ? "Each change is since the cycle before." : "Each program is shown by its latest accepted assessment; each change is since its baseline.";
  return (
    <div className="data-page">
      <h1>{title}</h1>
      <p className="usa-intro">
        {c.columns.length === 0
          ? "This program has no accepted assessment yet."
          : `${c.columns.length} ${c.program ? "cycles" : "programs"}: the level of each discipline, its score, its change and its gap to target. ${changeNote}`}
      </p>
      {mixed && (
        <Alert type="info" slim>
          {mixed}
        </Alert>
      )}
      {c.columns.length > 0 && (
        <CompareTable
          caption={c.program ? `Levels of ${c.program.name} per discipline, by cycle` : "Levels per discipline, by program"}
          columns={c.columns}
          rows={c.rows}
          overall={c.overall}
          summaries={c.summaries}
          disciplines={c.disciplines}
          levelNames={c.levelNames}
        />
      )}
      {!c.program && (
        <ul className="usa-list">
          {c.columns.map((col) => (
            <li key={col.programId}>
              <Link href={`/portfolio/compare?program=${col.programId}`}>{col.heading} across its cycles</Link>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link href="/portfolio">Back to the portfolio</Link>
      </p>
    </div>
  );
}
