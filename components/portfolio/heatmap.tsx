import type { PortfolioQuery } from "@/lib/validation/portfolio";
import { HeatmapTable } from "./heatmap-table";

type Cell = { level: number | null; score: number | null };

/** What a heatmap row shows of a portfolio entry, and all that goes to the browser with it. */
export type HeatmapRow = {
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

/** The heatmap's props, the same for its table (./heatmap-table.tsx) with the rows picked. */
export type HeatmapProps = {
  query: PortfolioQuery;
  entries: HeatmapRow[];
  disciplines: { key: string; name: string }[];
  levelNames: string[];
  caption: string;
};

/**
 * The heatmap: each program's attained level, overall and per discipline, one page of rows, sorted by
 * any column. Compact (the "heatmap" class, app/globals.css) so every column fits at 1280 px; on a
 * narrower screen it scrolls sideways in its own region with the program column kept in view.
 */
export function Heatmap({ entries, ...table }: HeatmapProps) {
  const rows = entries.map(({ programId, program, agency, assessmentId, cycle, modelVersion, overall, optimism, disciplines }) => ({
    programId,
    program,
    agency,
    assessmentId,
    cycle,
    modelVersion,
    overall,
    optimism,
    disciplines,
  }));
  return <HeatmapTable {...table} entries={rows} />;
}
