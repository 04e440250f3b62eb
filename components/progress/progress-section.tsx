import { ProgressChartLazy } from "@/components/charts";
import type { Cell, CyclePoint } from "@/lib/scoring/progress";
import { RowHeader, Table } from "../uswds/table";
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
  const { disciplines, points, changes } = props;
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
      <Table
        caption={`${props.title}: score (1–5) per discipline and cycle`}
        columns={[
          "Discipline",
          ...points.map((p) => ({
            className: "text-right",
            label: (
              <>
                {p.cycle}
                {p.cycle === props.baselineCycle && <span className="display-block font-body-3xs">baseline</span>}
              </>
            ),
          })),
          changes && "Since baseline",
          changes && "Since previous",
        ]}
      >
        {disciplines.map((d) => (
          <ScoreRow
            key={d.key}
            name={d.name}
            scores={points.map((p) => (p.cells ? (p.cells[d.key]?.score ?? "Not scored") : "Not assessed"))}
            more={changes && [<ChangeText key="baseline" delta={changes[d.key]?.sinceBaseline ?? null} />, <ChangeText key="previous" delta={changes[d.key]?.sincePrevious ?? null} />]}
          />
        ))}
        {props.overall && <ScoreRow name="Overall" scores={points.map((p) => props.overall?.get(p.cycle)?.score ?? "Not assessed")} more={changes && [null, null]} />}
      </Table>
    </>
  );
}

/** One line of the table: a score per cycle (numbers align right), then the changes when the page shows them. */
function ScoreRow({ name, scores, more = [] }: { name: string; scores: (number | string)[]; more?: React.ReactNode[] }) {
  return (
    <tr>
      <RowHeader>{name}</RowHeader>
      {scores.map((score, i) => (
        <td key={i} className="text-right">
          {score}
        </td>
      ))}
      {more.map((cell, i) => (
        <td key={`more-${i}`}>{cell}</td>
      ))}
    </tr>
  );
}
