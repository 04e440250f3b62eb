"use client";

import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFigure, LEVEL_TICKS } from "./chart-figure";
import { AXIS_TICK } from "./level-colours";
import { seriesLine } from "./progress-chart";

// One entry per fiscal quarter, in time order: each driver's share of positive answers (0–100) and
// the maturity level of the accepted assessment of the cycle the quarter falls in (null: none).
export type OutcomePoint = { quarter: string; level: number | null } & Record<string, number | null | string>;

const LEVEL_COLOUR = "#1b1b1b";

const format = (value: unknown, name: unknown) => (typeof value !== "number" ? "No data" : name === "Maturity level" ? `Level ${value}` : `${value} %`);

/** Drivers' shares on the left axis (percent), the maturity level on the right (1–5), on one time axis. */
export default function OutcomesChart({ title, series, points }: { title: string; series: { key: string; name: string }[]; points: OutcomePoint[] }) {
  return (
    <ChartFigure title={title} height={340}>
      <LineChart data={points} role="img" aria-label={title} margin={{ top: 10, right: 10, bottom: 5, left: 5 }}>
        <CartesianGrid vertical={false} />
        <XAxis dataKey="quarter" type="category" padding={{ left: 20, right: 20 }} tick={AXIS_TICK} />
        <YAxis yAxisId="share" type="number" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} unit=" %" width="auto" tick={AXIS_TICK} />
        <YAxis yAxisId="level" orientation="right" type="number" domain={[0, 5]} ticks={LEVEL_TICKS} allowDecimals={false} width="auto" tick={AXIS_TICK} />
        <Tooltip formatter={format} filterNull={false} />
        <Legend iconSize={32} />
        {series.map((s, i) => (
          <Line key={s.key} yAxisId="share" dataKey={s.key} name={s.name} {...seriesLine(i)} />
        ))}
        {/* The level holds for every quarter of its cycle: a step, thick, with square marks, apart from the shares. */}
        <Line yAxisId="level" dataKey="level" name="Maturity level" type="stepAfter" stroke={LEVEL_COLOUR} strokeWidth={4} legendType="square" dot={{ r: 4, fill: LEVEL_COLOUR }} connectNulls={false} />
      </LineChart>
    </ChartFigure>
  );
}
