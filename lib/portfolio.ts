// The portfolio heatmap's cells. Its filtering, order and counts are computed in PostgreSQL
// (lib/data-access/portfolio.ts), so a 2,000-program portfolio sends one page of rows.
import type { LevelRank } from "@/lib/scoring/rules";

export type Cell = { score: number | null; level: LevelRank | null };
