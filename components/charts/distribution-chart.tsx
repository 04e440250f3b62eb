"use client";

import { useId } from "react";
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { levelLabel } from "../uswds/level-tag";
import { ChartFigure } from "./chart-figure";
import { AXIS_TICK, INK, LEVEL_COLOURS } from "./level-colours";
import { PatternDefs, patternId, type PatternKind } from "./patterns";

export type DistributionDatum = { name: string; 1: number; 2: number; 3: number; 4: number; 5: number };

// The heatmap's ramp, light to dark, so the order of levels reads from the colour; each level also has
// its own texture (marks in the tint's text colour), so neighbours differ by more than colour, and
// the legend writes its labels in body text, not in the pale fills.
const LEVEL_TEXTURES: PatternKind[] = ["dots", "diagonal", "horizontal", "crosshatch", "solid"];

export default function DistributionChart({ data, title, levelNames }: { data: DistributionDatum[]; title: string; levelNames: string[] }) {
  const base = useId();
  const patterns = LEVEL_COLOURS.map((c, i) => ({ id: patternId(base, `level-${i + 1}`), background: c.fill, mark: c.text, kind: LEVEL_TEXTURES[i] ?? "solid" }));
  return (
    <ChartFigure title={title} height={data.length * 48 + 100}>
      <BarChart data={data} layout="vertical" role="img" aria-label={title} margin={{ top: 5, right: 20, bottom: 5, left: 5 }}>
        <PatternDefs patterns={patterns} />
        <CartesianGrid horizontal={false} />
        <XAxis type="number" allowDecimals={false} tick={AXIS_TICK} />
        <YAxis type="category" dataKey="name" width="auto" interval={0} tick={AXIS_TICK} />
        <Tooltip itemStyle={{ color: INK }} />
        <Legend iconSize={20} labelStyle={{ color: INK }} />
        {patterns.map((p, i) => (
          <Bar key={p.id} dataKey={String(i + 1)} name={levelLabel(i + 1, levelNames)} stackId="levels" fill={`url(#${p.id})`} stroke={INK} strokeWidth={0.5} />
        ))}
      </BarChart>
    </ChartFigure>
  );
}
