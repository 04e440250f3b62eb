import type { Metadata } from "next";
import { ScoringRules } from "@/components/scoring-rules";
import { Section } from "@/components/section";
import { Row, Table } from "@/components/uswds/table";
import { requireActor } from "@/lib/auth/session";
import { getCurrentModel } from "@/lib/data-access/models";
import { a11AreaLabels } from "@/lib/model/a11-areas";

export const metadata: Metadata = { title: "Methodology" };

const areaNames = (areas: (keyof typeof a11AreaLabels)[]) => areas.map((a) => a11AreaLabels[a]).join(", ");

export default async function MethodologyPage() {
  const actor = await requireActor();
  const model = await getCurrentModel(actor);
  if (!model) return <p>No maturity model is in use yet. An administrator imports one.</p>;
  const practiceCount = model.disciplines.reduce((n, d) => n + d.practices.length, 0);
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
            <strong>{l.name}.</strong> {l.description}
          </li>
        ))}
      </ol>

      <h2>How answers become scores</h2>
      <ScoringRules />

      <h2>Disciplines and practices</h2>
      {model.disciplines.map((d) => (
        <Section key={d.key} id={`discipline-${d.key}`} title={d.name} level={3}>
          <p>{d.description}</p>
          <p className="text-base-dark">OMB A-11 §280 areas: {areaNames(d.a11Areas)}</p>
          <ul className="usa-list">
            {d.practices.map((p) => (
              <li key={p.key}>
                <details>
                  <summary>{p.title}</summary>
                  {p.description && <p>{p.description}</p>}
                  <dl>
                    {p.descriptors.map((x) => (
                      <div key={x.levelRank}>
                        <dt className="text-bold">
                          {x.levelRank}. {model.levels[x.levelRank - 1]?.name}
                        </dt>
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
      <Table caption="Which A-11 §280 CX capacity areas each discipline informs" columns={["Discipline", "A-11 §280 areas"]} fit>
        {model.disciplines.map((d) => (
          <Row key={d.key} header={d.name} cells={[areaNames(d.a11Areas)]} />
        ))}
      </Table>
    </div>
  );
}
