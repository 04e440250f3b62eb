"use client";

import { useId } from "react";
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFigure, LEVEL_TICKS } from "./chart-figure";
import { AXIS_TICK, INK } from "./level-colours";
import { PatternDefs, patternId, type PatternKind } from "./patterns";

/** One row per discipline: its name, then a level or score (0–5) per bar, null when not scored. */
export type LevelBarDatum = { name: string } & Record<string, string | number | null | undefined>;

export type LevelBar = { key: string; name: string; colour: string };

// The first series is solid, the next ones hatched in their colour on white, so the bars of a group
// differ by texture as well as colour (WCAG 1.4.1); the legend's icons show the same fills.
const TEXTURES: PatternKind[] = ["solid", "diagonal", "dots"];

// The tooltip keeps unscored rows (filterNull off) so a missing bar is explained, not just absent.
const formatLevel = (value: unknown) => (typeof value === "number" ? value.toFixed(1) : "Not scored");

/**
 * Horizontal bars on the 0–5 level scale, one group per discipline in the caller's order (recharts
 * keeps data order top to bottom), the bars of a group in the order given.
 */
export function LevelBarChart({ data, title, bars }: { data: LevelBarDatum[]; title: string; bars: LevelBar[] }) {
  // recharts sorts legend and tooltip items alphabetically by default; keep them in bar order instead.
  const barOrder = (item: { dataKey?: unknown }) => bars.findIndex((b) => b.key === item.dataKey);
  const base = useId();
  const patterns = bars.map((b, i) => {
    const kind = TEXTURES[i % TEXTURES.length] ?? "solid";
    return { id: patternId(base, b.key), background: kind === "solid" ? b.colour : "#ffffff", mark: b.colour, kind };
  });
  return (
    <ChartFigure title={title} height={data.length * 60 + 60}>
      {/* role="img" replaces recharts' default role="application"; the accessibility layer stays on so keyboard users can still step through the tooltip. */}
      <BarChart data={data} layout="vertical" role="img" aria-label={title} margin={{ top: 5, right: 20, bottom: 5, left: 5 }}>
        <PatternDefs patterns={patterns} />
        <CartesianGrid horizontal={false} />
        <XAxis type="number" domain={[0, 5]} ticks={LEVEL_TICKS} allowDecimals={false} tick={AXIS_TICK} />
        <YAxis type="category" dataKey="name" width="auto" interval={0} tick={AXIS_TICK} />
        <Tooltip formatter={formatLevel} filterNull={false} itemSorter={barOrder} itemStyle={{ color: INK }} />
        <Legend itemSorter={barOrder} iconSize={20} labelStyle={{ color: INK }} />
        {/* The outline in the series' colour keeps a hatched bar's edge as clear as a solid one's. */}
        {bars.map((b, i) => (
          <Bar key={b.key} dataKey={b.key} name={b.name} fill={`url(#${patterns[i]!.id})`} stroke={b.colour} strokeWidth={1} />
        ))}
      </BarChart>
    </ChartFigure>
  );
}
