"use client";

import { CartesianGrid, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFigure, LEVEL_TICKS } from "./chart-figure";
import { AXIS_TICK } from "./level-colours";

export type OutcomeDot = { name: string; score: number; trust: number };

const DOT_COLOUR = "#005ea2";

/** Each program a dot: its overall maturity score across, its trust score (percent positive) up. */
export default function OutcomesScatter({ title, dots }: { title: string; dots: OutcomeDot[] }) {
  return (
    <ChartFigure title={title} height={360}>
      <ScatterChart role="img" aria-label={title} margin={{ top: 10, right: 20, bottom: 20, left: 20 }}>
        <CartesianGrid />
        <XAxis dataKey="score" type="number" name="Maturity score" domain={[0, 5]} ticks={LEVEL_TICKS} tick={AXIS_TICK} label={{ value: "Maturity score (latest accepted)", position: "insideBottom", offset: -10 }} />
        <YAxis dataKey="trust" type="number" name="Trust" unit=" %" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} width="auto" tick={AXIS_TICK} label={{ value: "Trust (positive answers)", angle: -90, position: "insideLeft", offset: 10 }} />
        <Tooltip cursor={{ strokeDasharray: "3 3" }} formatter={(value: unknown, name: unknown) => (name === "Trust" ? `${String(value)} %` : String(value))} labelFormatter={() => ""} />
        <Scatter name="Programs" data={dots} fill={DOT_COLOUR} />
      </ScatterChart>
    </ChartFigure>
  );
}
