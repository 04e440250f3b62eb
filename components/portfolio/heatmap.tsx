import Link from "next/link";
import type { PortfolioQuery } from "@/lib/validation/portfolio";
import { LevelCell } from "../uswds/level-tag";
import { RowHeader, Table } from "../uswds/table";
import { CompareCheckbox } from "./compare-form";
import { SortHeader } from "./sort-header";
import { optimismText } from "@/lib/scoring/validation";

type Cell = { level: number | null; score: number | null };
type Entry = {
  programId: string;
  program: string;
  agency: string;
  assessmentId: string;
  cycle: string;
  modelVersion: number;
  overall: Cell;
  /** Self-reported minus validated overall level. */
  optimism: number | null;
  disciplines: Record<string, Cell>;
};

/**
 * The heatmap: each program's attained level, overall and per discipline, one page of rows, sorted by
 * any column. Compact (the "heatmap" class, app/globals.css) so every column fits at 1280 px; on a
 * narrower screen it scrolls sideways in its own region with the program column kept in view.
 */
export function Heatmap({
  query,
  entries,
  disciplines,
  levelNames,
  caption,
}: {
  query: PortfolioQuery;
  entries: Entry[];
  disciplines: { key: string; name: string }[];
  levelNames: string[];
  caption: string;
}) {
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
