"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type GapDatum = { name: string; current: number | null; target: number };

// Both colours reach 4.5:1 on white, so they also pass as legend and tooltip text colours.
const CURRENT_COLOUR = "#005ea2";
const TARGET_COLOUR = "#c05600";
const LEVEL_TICKS = [0, 1, 2, 3, 4, 5];

// The tooltip keeps unscored rows (filterNull off) so a missing bar is explained, not just absent.
const formatLevel = (value: unknown) => (typeof value === "number" ? value.toFixed(1) : "Not scored");
// recharts sorts legend and tooltip items alphabetically by default; keep them in bar order instead.
const barOrder = (item: { dataKey?: unknown }) => (item.dataKey === "current" ? 0 : 1);

export default function GapChart({ data, title }: { data: GapDatum[]; title: string }) {
  return (
    <figure className="margin-x-0 margin-y-2">
      <figcaption className="usa-sr-only">{title}</figcaption>
      <ResponsiveContainer width="100%" height={data.length * 60 + 60}>
        {/* role="img" replaces recharts' default role="application"; the accessibility layer stays on so keyboard users can still step through the tooltip. */}
        <BarChart data={data} layout="vertical" role="img" aria-label={title} margin={{ top: 5, right: 20, bottom: 5, left: 5 }}>
          <CartesianGrid horizontal={false} />
          <XAxis type="number" domain={[0, 5]} ticks={LEVEL_TICKS} allowDecimals={false} />
          {/* Category order is the caller's (largest gap first); recharts keeps data order top to bottom. */}
          <YAxis type="category" dataKey="name" width="auto" interval={0} />
          <Tooltip formatter={formatLevel} filterNull={false} itemSorter={barOrder} />
          <Legend itemSorter={barOrder} />
          <Bar dataKey="current" name="Current level" fill={CURRENT_COLOUR} />
          <Bar dataKey="target" name="Target level" fill={TARGET_COLOUR} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
