import type { Metadata } from "next";
import { ScoringRules } from "@/components/scoring-rules";
import { requireActor } from "@/lib/auth/session";
import { getCurrentModel } from "@/lib/data-access/models";
import { a11AreaLabels } from "@/lib/model/a11-areas";

export const metadata: Metadata = { title: "Methodology" };

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
        <section key={d.key} aria-labelledby={`discipline-${d.key}`}>
          <h3 id={`discipline-${d.key}`}>{d.name}</h3>
          <p>{d.description}</p>
          <p className="text-base-dark">OMB A-11 §280 areas: {d.a11Areas.map((a) => a11AreaLabels[a]).join(", ")}</p>
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
        </section>
      ))}

      <h2>Crosswalk to OMB Circular A-11 §280</h2>
      <table className="usa-table usa-table--borderless">
        <caption>Which A-11 §280 CX capacity areas each discipline informs</caption>
        <thead>
          <tr>
            <th scope="col">Discipline</th>
            <th scope="col">A-11 §280 areas</th>
          </tr>
        </thead>
        <tbody>
          {model.disciplines.map((d) => (
            <tr key={d.key}>
              <th scope="row">{d.name}</th>
              <td>{d.a11Areas.map((a) => a11AreaLabels[a]).join(", ")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
