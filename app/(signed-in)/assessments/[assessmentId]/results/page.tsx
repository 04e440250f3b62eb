import type { Metadata } from "next";
import Link from "next/link";
import { AssessmentHeading } from "@/components/assessment-heading";
import { A11Crosswalk } from "@/components/results/a11-crosswalk";
import { ChangesSince } from "@/components/results/changes-since";
import { Benchmarks } from "@/components/results/benchmarks";
import { CompletedActions } from "@/components/results/completed-actions";
import { DisciplineScores } from "@/components/results/discipline-scores";
import { GapsToTarget } from "@/components/results/gaps-to-target";
import { OverallResult } from "@/components/results/overall";
import { TargetsForm } from "@/components/results/targets-form";
import { PlanActionsTable } from "@/components/action-plans/plan-actions-table";
import { Section } from "@/components/section";
import { ValidationSummary } from "@/components/results/validation-summary";
import { Alert } from "@/components/uswds/alert";
import { requireActor } from "@/lib/auth/session";
import { formatTimestamp } from "@/lib/format";
import { getResults } from "@/lib/data-access/results";
import { versionChangeText } from "@/lib/model/version-change";

export const metadata: Metadata = { title: "Results" };

export default async function ResultsPage({ params, searchParams }: PageProps<"/assessments/[assessmentId]/results">) {
  const actor = await requireActor();
  const r = await getResults(actor, (await params).assessmentId);
  const { submitted, print } = await searchParams;
  const levelNames = r.levels.map((l) => l.name);
  const programId = r.assessment.program.id;
  const base = `/assessments/${r.assessment.id}/results`;
  const modelChange =
    r.baseline && versionChangeText({ label: `The baseline (${r.baseline.cycleName})`, version: r.baseline.modelVersion }, { label: "this assessment", version: r.assessment.model.version });
  return (
    <div className={print ? "results results--print" : "results"}>
      <AssessmentHeading assessment={r.assessment} title="Results" />
      {submitted && (
        <Alert type="success" role="status" heading="Submitted for council review">
          The assessment is read-only until the council accepts it or returns it to you.
        </Alert>
      )}
      {modelChange && (
        <Alert type="info" slim>
          {modelChange}
        </Alert>
      )}
      <OverallResult overall={r.overall} baseline={r.baseline} isBaseline={r.isBaseline} levelNames={levelNames} />
      {r.validation && <ValidationSummary validation={r.validation} overall={r.overall} disciplines={r.disciplines} levelNames={levelNames} />}
      <DisciplineScores disciplines={r.disciplines} cycleName={r.assessment.cycle.name} baselineCycle={r.baseline?.cycleName ?? null} levelNames={levelNames} />
      <GapsToTarget
        gaps={r.gaps}
        levelNames={levelNames}
        open={Boolean(print)}
        planHref={r.canSetTargets ? (key) => `/programs/${programId}/action-items/new?discipline=${key}` : undefined}
      />
      <Section id="benchmarks" title="How this program compares">
        <Benchmarks disciplines={r.benchmarks} agency={r.assessment.program.agency.name} names={Object.fromEntries(r.disciplines.map((d) => [d.key, d.name]))} />
      </Section>
      {r.changes && <ChangesSince changes={r.changes} levelNames={levelNames} />}
      {r.completedActions && <CompletedActions actions={r.completedActions} disciplineNames={Object.fromEntries(r.disciplines.map((d) => [d.key, d.name]))} />}
      <Section id="action-plan" title="CX action plan">
        {r.plan ? (
          <>
            <p>
              {print ? r.plan.label : <Link href={`/action-plans/${r.plan.id}`}>{r.plan.label}</Link>}:{" "}
              {r.plan.status === "SIGNED_OFF"
                ? `signed off by ${r.plan.signedOffBy?.name ?? "the agency's CCO"} on ${formatTimestamp(r.plan.signedOffAt!)}.`
                : r.plan.problems.length === 0
                  ? "complete, waiting for the agency's CCO to sign it off."
                  : `a draft, not complete yet (${r.plan.problems.length === 1 ? "1 problem" : `${r.plan.problems.length} problems`}).`}
            </p>
            {r.plan.actions.length > 0 && <PlanActionsTable caption={`Actions of the ${r.plan.label}`} actions={r.plan.actions} />}
          </>
        ) : (
          <p>The program has no CX action plan yet.</p>
        )}
      </Section>
      <Section id="a11" title="Crosswalk to OMB Circular A-11 §280">
        <A11Crosswalk disciplines={r.disciplines} levelNames={levelNames} />
      </Section>
      {r.canSetTargets && !print && (
        <Section id="targets" title="Targets" className="print-hidden">
          <TargetsForm
            programId={programId}
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
        </Section>
      )}
      <p className="print-hidden margin-top-4">
        {print ? (
          <Link href={base}>Back to the interactive results</Link>
        ) : (
          <>
            <Link href={`${base}?print=1`}>Printable version</Link> · <a href={`/assessments/${r.assessment.id}/report.pdf`}>Download the report (PDF)</a> ·{" "}
            <a href={`/assessments/${r.assessment.id}/exchange.json`}>Download the assessment file (JSON)</a>
          </>
        )}
      </p>
    </div>
  );
}
