import type { Metadata } from "next";
import { GlossaryList } from "@/components/glossary";
import { ScoringRules } from "@/components/scoring-rules";
import { Section } from "@/components/section";
import { AgreementMethod } from "@/components/team/agreement-method";
import { Row, Table } from "@/components/uswds/table";
import { levelLabel } from "@/components/uswds/level-tag";
import { requireActor } from "@/lib/auth/session";
import { getCurrentModel, listModelRules } from "@/lib/data-access/models";
import { a11AreaLabels } from "@/lib/model/a11-areas";
import { workedExamples } from "@/lib/scoring/worked-examples";

export const metadata: Metadata = { title: "Methodology" };

const areaNames = (areas: (keyof typeof a11AreaLabels)[]) => areas.map((a) => a11AreaLabels[a]).join(", ");

export default async function MethodologyPage() {
  const actor = await requireActor();
  const [model, rules] = await Promise.all([getCurrentModel(actor), listModelRules(actor)]);
  if (!model) return <p>No maturity model is in use yet. An administrator imports one.</p>;
  const levelNames = model.levels.map((l) => l.name);
  const practiceCount = model.disciplines.reduce((n, d) => n + d.practices.length, 0);
  const earlier = rules.filter((r) => !r.isCurrent);
  return (
    <div className="usa-prose maxw-tablet-lg">
      <h1>Methodology</h1>
      <p className="usa-intro">
        Programs assess their customer-experience maturity against {model.name} (version {model.version}): {model.levels.length} levels,{" "}
        {model.disciplines.length} disciplines and {practiceCount} practices.
      </p>

      <h2>Levels</h2>
      <p>Each level builds on the ones below it.</p>
      <ol className="usa-list">
        {model.levels.map((l) => (
          <li key={l.rank}>
            <strong>{levelLabel(l.rank, levelNames)}.</strong> {l.description}
          </li>
        ))}
      </ol>

      {model.glossary.length > 0 && (
        <>
          <h2 id="glossary">Glossary</h2>
          <GlossaryList terms={model.glossary} />
        </>
      )}

      <h2>How answers become scores</h2>
      <ScoringRules rule={model.scoringRule} />
      {earlier.map((r) => (
        <Section key={r.version} id={`rule-version-${r.version}`} title={`The rule of version ${r.version} (${r.name})`} level={3}>
          <p>Assessments taken on version {r.version} keep its rule, so their levels read as they did when they were accepted.</p>
          <ScoringRules rule={r.rule} />
        </Section>
      ))}

      <h2>Worked examples</h2>
      <p>The same answers, scored by the rule of each version in use. Levels come from the scoring code itself.</p>
      <Table caption="Levels the same answers get under each version’s rule" columns={["Answers", "Level of", ...rules.map((r) => `Version ${r.version}`)]}>
        {workedExamples.map((e) => (
          <Row key={e.answers} header={e.answers} cells={[e.of, ...rules.map((r) => levelLabel(e.level(r.rule), levelNames))]} />
        ))}
      </Table>

      <h2 id="team-assessments">Team assessments and agreement</h2>
      <AgreementMethod />

      <h2>Disciplines and practices</h2>
      {model.disciplines.map((d) => (
        <Section key={d.key} id={`discipline-${d.key}`} title={d.name} level={3}>
          <p>{d.description}</p>
          <ul className="usa-list">
            {d.practices.map((p) => (
              <li key={p.key}>
                <details>
                  <summary>{p.title}</summary>
                  {p.description && <p>{p.description}</p>}
                  <p className="text-base-dark">OMB A-11 §280 areas: {areaNames(p.a11Areas)}</p>
                  <dl>
                    {p.descriptors.map((x) => (
                      <div key={x.levelRank}>
                        <dt className="text-bold">{levelLabel(x.levelRank, levelNames)}</dt>
                        <dd className="margin-left-0 margin-bottom-1">{x.text}</dd>
                      </div>
                    ))}
                  </dl>
                </details>
              </li>
            ))}
          </ul>
        </Section>
      ))}

      <h2>Crosswalk to OMB Circular A-11 §280</h2>
      <Table caption="Which A-11 §280 CX capacity areas each practice gives evidence for" columns={["Practice", "Discipline", "A-11 §280 areas"]}>
        {model.disciplines.flatMap((d) => d.practices.map((p) => <Row key={p.key} header={p.title} cells={[d.name, areaNames(p.a11Areas)]} />))}
      </Table>
    </div>
  );
}
