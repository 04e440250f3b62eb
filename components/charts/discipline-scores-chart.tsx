"use client";

import { LevelBarChart } from "./level-bar-chart";

export type DisciplineScoresDatum = { name: string; score: number | null; baseline?: number | null };

// Both colours reach 4.5:1 on white, so they also pass as legend and tooltip text colours.
const CURRENT_COLOUR = "#005ea2";
const BASELINE_COLOUR = "#71767a";

export default function DisciplineScoresChart({
  data,
  title,
  baselineLabel = "Baseline",
  currentLabel,
}: {
  data: DisciplineScoresDatum[];
  title: string;
  baselineLabel?: string;
  currentLabel: string;
}) {
  const hasBaseline = data.some((d) => typeof d.baseline === "number");
  const bars = [{ key: "score", name: currentLabel, colour: CURRENT_COLOUR }, ...(hasBaseline ? [{ key: "baseline", name: baselineLabel, colour: BASELINE_COLOUR }] : [])];
  return <LevelBarChart data={data} title={title} bars={bars} />;
}
