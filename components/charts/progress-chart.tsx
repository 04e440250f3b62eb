"use client";

import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFigure, LEVEL_TICKS } from "./chart-figure";
import { AXIS_TICK } from "./level-colours";

export type ProgressSeries = { key: string; name: string };
// One entry per cycle, in time order; each series key holds its score (0–5), or null when the cycle has no accepted assessment.
export type ProgressPoint = { cycle: string } & Record<string, number | null | string>;

// Six hues that each reach 4.5:1 on white, so they also pass as legend and tooltip text colours.
// Lightness varies too (near-black, dark red vs orange) so neighbours stay apart under colour-vision deficiency.
const SERIES_COLOURS = ["#005ea2", "#c05600", "#008817", "#9d49ac", "#1b1b1b", "#b50909"];
// Each line also gets its own dash pattern so series never rely on colour alone (WCAG 1.4.1).
// Empty means solid; the legend uses "plainline" icons so the pattern shows there as well.
const SERIES_DASHES = ["", "10 5", "2 4", "12 4 2 4", "5 5", "12 4 2 4 2 4"];
const BASELINE_COLOUR = "#71767a";
const HEIGHT = 320;

function seriesStyle(index: number) {
  const n = SERIES_COLOURS.length;
  // Past six series the colours repeat; shifting the dash each round keeps every colour/dash pair unique.
  const colour = SERIES_COLOURS[index % n] ?? "#005ea2";
  const dash = SERIES_DASHES[(index + Math.floor(index / n)) % n] ?? "";
  return { colour, dash };
}

/** The look of series `index`'s line: its colour and dash pattern, solid dots, gaps left as gaps. */
export function seriesLine(index: number) {
  const { colour, dash } = seriesStyle(index);
  return {
    type: "linear" as const,
    stroke: colour,
    strokeWidth: 2,
    // Only set when dashed: the legend icon stringifies whatever is present, and an empty value must not reach the SVG.
    ...(dash ? { strokeDasharray: dash } : {}),
    legendType: "plainline" as const,
    // Dots inherit the line's dash pattern, which breaks up small circles; keep them solid and filled
    // so a point between two gaps (no segment either side) still shows as a clear mark.
    dot: { r: 4, fill: colour, strokeDasharray: "none" },
    // A missing point must break the line, not be bridged or drawn as zero.
    connectNulls: false,
  };
}

// The tooltip keeps unassessed series (filterNull off) so a gap is explained, not just absent.
const formatScore = (value: unknown) => (typeof value === "number" ? value.toFixed(1) : "Not assessed");

export default function ProgressChart({
  title,
  series,
  points,
  baselineCycle,
}: {
  title: string;
  series: ProgressSeries[];
  points: ProgressPoint[];
  baselineCycle?: string | null;
}) {
  // recharts sorts legend and tooltip items alphabetically by default; keep them in series order instead.
  const order = new Map(series.map((s, i) => [s.key, i]));
  const seriesOrder = (item: { dataKey?: unknown }) => order.get(String(item.dataKey)) ?? series.length;

  return (
    <ChartFigure title={title} height={HEIGHT}>
      {/* role="img" replaces recharts' default role="application"; the accessibility layer stays on so keyboard users can still step through the tooltip. */}
      {/* The top margin leaves room for the "Baseline" label above the plot area. */}
      <LineChart data={points} role="img" aria-label={title} margin={{ top: 20, right: 20, bottom: 5, left: 5 }}>
        <CartesianGrid vertical={false} />
        {/* Padding keeps the first and last dots (and a baseline on an end cycle) off the plot edges. */}
        <XAxis dataKey="cycle" type="category" padding={{ left: 20, right: 20 }} tick={AXIS_TICK} />
        <YAxis type="number" domain={[0, 5]} ticks={LEVEL_TICKS} allowDecimals={false} width="auto" tick={AXIS_TICK} />
        <Tooltip formatter={formatScore} filterNull={false} itemSorter={seriesOrder} />
        {/* At 32px the legend icon draws the dash pattern at the same scale as the line (recharts' icon viewBox is 32 units), so patterns are recognisable. */}
        <Legend itemSorter={seriesOrder} iconSize={32} />
        {baselineCycle != null && (
          <ReferenceLine
            x={baselineCycle}
            stroke={BASELINE_COLOUR}
            strokeWidth={1.5}
            label={{ value: "Baseline", position: "top", fill: BASELINE_COLOUR }}
          />
        )}
        {series.map((s, i) => (
          <Line key={s.key} dataKey={s.key} name={s.name} {...seriesLine(i)} />
        ))}
      </LineChart>
    </ChartFigure>
  );
}
