import type { Metadata } from "next";
import Link from "next/link";
import { AssessmentHeading } from "@/components/assessment-heading";
import { DisciplineScoresChartLazy, GapChartLazy } from "@/components/charts";
import { A11Crosswalk } from "@/components/results/a11-crosswalk";
import { GapDetails } from "@/components/results/gap-details";
import { TargetsForm } from "@/components/targets-form";
import { requireActor } from "@/lib/auth/session";
import { getResults } from "@/lib/data-access/results";
import { formatDate } from "@/lib/format";
import { gapsSummary, scoresSummary } from "@/lib/results-summary";

export const metadata: Metadata = { title: "Results" };

export default async function ResultsPage({
  params,
  searchParams,
}: {
  params: Promise<{ assessmentId: string }>;
  searchParams: Promise<{ submitted?: string; print?: string }>;
}) {
  const actor = await requireActor();
  const r = await getResults(actor, (await params).assessmentId);
  const { submitted, print } = await searchParams;
  const levelNames = r.levels.map((l) => l.name);
  const levelLabel = (level: number | null) => (level ? `${level} · ${levelNames[level - 1]}` : "Not scored");
  const baselineLabel = r.baseline ? `Baseline (${r.baseline.cycleName})` : undefined;
  return (
    <div className={print ? "results results--print" : "results"}>
      <AssessmentHeading assessment={r.assessment} title="Results" />
      {submitted && (
        <div className="usa-alert usa-alert--success" role="status">
          <div className="usa-alert__body">
            <h2 className="usa-alert__heading">Submitted for council review</h2>
            <p className="usa-alert__text">The assessment is read-only until the council accepts it or returns it to you.</p>
          </div>
        </div>
      )}

      <section aria-labelledby="overall">
        <h2 id="overall">Overall</h2>
        <p className="font-body-lg">
          Overall level <strong>{levelLabel(r.overall.level)}</strong>, score <strong>{r.overall.score ?? "–"}</strong> of 5.
          {r.isBaseline && " This accepted assessment is the program’s baseline."}
          {r.baseline && ` Baseline (${r.baseline.cycleName}): level ${levelLabel(r.baseline.level)}, score ${r.baseline.score ?? "–"}.`}
        </p>
      </section>

      <section aria-labelledby="scores">
        <h2 id="scores">Scores by discipline</h2>
        <p>{scoresSummary(r.disciplines, levelNames)}</p>
        <DisciplineScoresChartLazy
          title="Score of each discipline, from 0 to 5"
          currentLabel={r.assessment.cycle.name}
          baselineLabel={baselineLabel}
          data={r.disciplines.map((d) => ({ name: d.name, score: d.score, baseline: r.baseline ? d.baselineScore : undefined }))}
        />
        <table className="usa-table usa-table--borderless width-full">
          <caption>Level and score of each discipline{r.baseline ? `, beside the baseline (${r.baseline.cycleName})` : ""}</caption>
          <thead>
            <tr>
              <th scope="col">Discipline</th>
              <th scope="col">Level</th>
              <th scope="col">Score</th>
              {r.baseline && <th scope="col">Baseline level</th>}
              {r.baseline && <th scope="col">Baseline score</th>}
            </tr>
          </thead>
          <tbody>
            {r.disciplines.map((d) => (
              <tr key={d.key}>
                <th scope="row">{d.name}</th>
                <td>{d.scored ? levelLabel(d.level) : "Too few answers to score"}</td>
                <td>{d.score ?? "–"}</td>
                {r.baseline && <td>{levelLabel(d.baselineLevel)}</td>}
                {r.baseline && <td>{d.baselineScore ?? "–"}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="gaps">
        <h2 id="gaps">Gaps to target</h2>
        <p>{gapsSummary(r.gaps.map((g) => ({ name: g.name, gap: g.gap, target: g.target })))}</p>
        <GapChartLazy title="Current and target level of each discipline, largest gap first" data={r.gaps.map((g) => ({ name: g.name, current: g.level, target: g.target }))} />
        <table className="usa-table usa-table--borderless width-full">
          <caption>Current level, target and gap per discipline, largest gap first</caption>
          <thead>
            <tr>
              <th scope="col">Discipline</th>
              <th scope="col">Current level</th>
              <th scope="col">Target level</th>
              <th scope="col">Gap (levels)</th>
              <th scope="col">Due</th>
            </tr>
          </thead>
          <tbody>
            {r.gaps.map((g) => (
              <tr key={g.key}>
                <th scope="row">{g.name}</th>
                <td>{levelLabel(g.level)}</td>
                <td>
                  {levelLabel(g.target)}
                  {g.targetIsDefault && " (next level up)"}
                </td>
                <td>{g.gap}</td>
                <td>{g.dueOn ? formatDate(g.dueOn) : "–"}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <h3>What to work on, and what to read</h3>
        {r.gaps.filter((g) => g.gap > 0).map((g) => (
          <GapDetails
            key={g.key}
            gap={g}
            levelNames={levelNames}
            open={Boolean(print)}
            planHref={r.canSetTargets ? `/programs/${r.assessment.program.id}/action-items/new?discipline=${g.key}` : undefined}
          />
        ))}
      </section>

      {r.completedActions && (
        <section aria-labelledby="completed-actions">
          <h2 id="completed-actions">Actions completed since the previous accepted assessment</h2>
          {r.completedActions.length === 0 ? (
            <p>No action item was completed in this period.</p>
          ) : (
            <ul className="usa-list">
              {r.completedActions.map((a) => (
                <li key={a.id}>
                  {a.title} ({r.disciplines.find((d) => d.key === a.disciplineKey)?.name ?? a.disciplineKey}; {a.ownerName}), done {a.completedAt ? formatDate(a.completedAt) : ""}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      <section aria-labelledby="a11">
        <h2 id="a11">Crosswalk to OMB Circular A-11 §280</h2>
        <A11Crosswalk disciplines={r.disciplines} levelNames={levelNames} />
      </section>

      {r.canSetTargets && !print && (
        <section aria-labelledby="targets" className="print-hidden">
          <h2 id="targets">Targets</h2>
          <TargetsForm
            programId={r.assessment.program.id}
            levels={r.levels}
            rows={r.disciplines.map((d) => ({
              key: d.key,
              name: d.name,
              level: d.level,
              target: d.target,
              targetIsDefault: d.targetIsDefault,
              dueOn: d.dueOn ? d.dueOn.toISOString().slice(0, 10) : "",
              version: d.targetVersion,
            }))}
          />
        </section>
      )}
      <p className="print-hidden margin-top-4">
        {print ? (
          <Link href={`/assessments/${r.assessment.id}/results`}>Back to the interactive results</Link>
        ) : (
          <>
            <Link href={`/assessments/${r.assessment.id}/results?print=1`}>Printable version</Link> ·{" "}
            <a href={`/assessments/${r.assessment.id}/report.pdf`}>Download the report (PDF)</a>
          </>
        )}
      </p>
    </div>
  );
}
