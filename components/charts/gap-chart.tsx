"use client";

import { LevelBarChart } from "./level-bar-chart";

export type GapDatum = { name: string; current: number | null; target: number };

// Both colours reach 4.5:1 on white, so they also pass as legend and tooltip text colours.
const BARS = [
  { key: "current", name: "Current level", colour: "#005ea2" },
  { key: "target", name: "Target level", colour: "#c05600" },
];

/** Current and target level per discipline, in the caller's order (largest gap first). */
export default function GapChart({ data, title }: { data: GapDatum[]; title: string }) {
  return <LevelBarChart data={data} title={title} bars={BARS} />;
}
