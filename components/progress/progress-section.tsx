import { ProgressChartLazy } from "@/components/charts";
import type { Cell, CyclePoint } from "@/lib/scoring/progress";
import { ChangeText } from "./change-text";

type Discipline = { key: string; name: string };

/** A line chart of scores per discipline over cycles, beside the same numbers as a table. */
export function ProgressSection(props: {
  title: string;
  disciplines: Discipline[];
  points: CyclePoint[];
  baselineCycle: string | null;
  changes?: Record<string, { sinceBaseline: number | null; sincePrevious: number | null }>;
  overall?: Map<string, Cell>;
}) {
  const { disciplines, points } = props;
  const assessed = points.filter((p) => p.cells).length;
  return (
    <>
      <p>
        {assessed === 0
          ? "No accepted assessment yet: progress appears once the council accepts one."
          : `${assessed} of ${points.length} cycles have an accepted assessment${props.baselineCycle ? `; the baseline is ${props.baselineCycle}` : ""}. Cycles without one are gaps, not zeros.`}
      </p>
      <ProgressChartLazy
        title={props.title}
        baselineCycle={props.baselineCycle}
        series={disciplines}
        points={points.map((p) => ({ cycle: p.cycle, ...Object.fromEntries(disciplines.map((d) => [d.key, p.cells?.[d.key]?.score ?? null])) }))}
      />
      <table className="usa-table usa-table--borderless width-full">
        <caption>{props.title}: score (1–5) per discipline and cycle</caption>
        <thead>
          <tr>
            <th scope="col">Discipline</th>
            {points.map((p) => (
              <th key={p.cycle} scope="col" className="text-right">
                {p.cycle}
                {p.cycle === props.baselineCycle && <span className="display-block font-body-3xs">baseline</span>}
              </th>
            ))}
            {props.changes && <th scope="col">Since baseline</th>}
            {props.changes && <th scope="col">Since previous</th>}
          </tr>
        </thead>
        <tbody>
          {disciplines.map((d) => (
            <tr key={d.key}>
              <th scope="row">{d.name}</th>
              {points.map((p) => (
                <td key={p.cycle} className="text-right">
                  {p.cells ? (p.cells[d.key]?.score ?? "Not scored") : "Not assessed"}
                </td>
              ))}
              {props.changes && (
                <td>
                  <ChangeText delta={props.changes[d.key]?.sinceBaseline ?? null} />
                </td>
              )}
              {props.changes && (
                <td>
                  <ChangeText delta={props.changes[d.key]?.sincePrevious ?? null} />
                </td>
              )}
            </tr>
          ))}
          {props.overall && (
            <tr>
              <th scope="row">Overall</th>
              {points.map((p) => (
                <td key={p.cycle} className="text-right">
                  {props.overall?.get(p.cycle)?.score ?? "Not assessed"}
                </td>
              ))}
              {props.changes && <td />}
              {props.changes && <td />}
            </tr>
          )}
        </tbody>
      </table>
    </>
  );
}
