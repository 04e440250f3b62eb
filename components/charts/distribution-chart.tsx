"use client";

import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { levelLabel } from "../uswds/level-tag";
import { ChartFigure } from "./chart-figure";

export type DistributionDatum = { name: string; 1: number; 2: number; 3: number; 4: number; 5: number };

// A sequential blue ramp (USWDS "blue" family) so order reads without a legend; each is ≥3:1 on white
// except the lightest, which the table and bar labels in the legend back up.
const LEVEL_COLOURS = ["#d9e8f6", "#73b3e7", "#2378c3", "#005ea2", "#162e51"];

export default function DistributionChart({ data, title, levelNames }: { data: DistributionDatum[]; title: string; levelNames: string[] }) {
  return (
    <ChartFigure title={title} height={data.length * 48 + 80}>
      <BarChart data={data} layout="vertical" role="img" aria-label={title} margin={{ top: 5, right: 20, bottom: 5, left: 5 }}>
        <CartesianGrid horizontal={false} />
        <XAxis type="number" allowDecimals={false} />
        <YAxis type="category" dataKey="name" width="auto" interval={0} />
        <Tooltip />
        <Legend />
        {LEVEL_COLOURS.map((fill, i) => (
          <Bar key={i} dataKey={String(i + 1)} name={levelLabel(i + 1, levelNames)} stackId="levels" fill={fill} stroke="#1b1b1b" strokeWidth={0.5} />
        ))}
      </BarChart>
    </ChartFigure>
  );
}
