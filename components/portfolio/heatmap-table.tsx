"use client";

// A client component for its payload, not for behaviour: a server component's markup travels twice,
// as HTML and again in the RSC payload, and this table is most of the portfolio's page. As a client
// component its rows travel once as HTML and once as the data of ./heatmap.tsx's HeatmapRow.
import Link from "next/link";
import { LevelCell } from "../uswds/level-tag";
import { RowHeader, Table } from "../uswds/table";
import { CompareCheckbox } from "./compare-checkbox";
import { SortHeader } from "./sort-header";
import { optimismText } from "@/lib/scoring/validation";
import type { HeatmapProps } from "./heatmap";

/** The heatmap's table (./heatmap.tsx says what it shows). */
export function HeatmapTable({ query, entries, disciplines, levelNames, caption }: HeatmapProps) {
  return (
    <Table
      caption={caption}
      scrollable="Portfolio heatmap, scrollable"
      className="heatmap"
      compact
      head={
        <>
          <SortHeader query={query} sortKey="program" label="Program" />
          <SortHeader query={query} sortKey="agency" label="Agency" />
          <SortHeader query={query} sortKey="overall" label="Overall" />
          {disciplines.map((d) => (
            <SortHeader key={d.key} query={query} sortKey={`discipline:${d.key}`} label={d.name} />
          ))}
        </>
      }
    >
      {entries.map((e) => (
        <tr key={e.programId}>
          <RowHeader>
            <div className="display-flex flex-align-start">
              <CompareCheckbox programId={e.programId} program={e.program} />
              <div>
                <Link href={`/assessments/${e.assessmentId}/results`}>{e.program}</Link>
                <span className="display-block font-body-3xs text-base-dark">
                  {`${e.cycle} · model version ${e.modelVersion}${e.optimism !== null && e.optimism !== 0 ? ` · self-reported level ${optimismText(e.optimism)} against validated` : ""}`}
                </span>
              </div>
            </div>
          </RowHeader>
          <td>{e.agency}</td>
          <LevelCell cell={e.overall} levelNames={levelNames} />
          {disciplines.map((d) => (
            <LevelCell key={d.key} cell={e.disciplines[d.key]} levelNames={levelNames} />
          ))}
        </tr>
      ))}
    </Table>
  );
}
