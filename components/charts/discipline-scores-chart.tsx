"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type DisciplineScoresDatum = { name: string; score: number | null; baseline?: number | null };

// Both colours reach 4.5:1 on white, so they also pass as legend and tooltip text colours.
const CURRENT_COLOUR = "#005ea2";
const BASELINE_COLOUR = "#71767a";
const LEVEL_TICKS = [0, 1, 2, 3, 4, 5];

// The tooltip keeps unscored rows (filterNull off) so a missing bar is explained, not just absent.
const formatScore = (value: unknown) => (typeof value === "number" ? value.toFixed(1) : "Not scored");
// recharts sorts legend and tooltip items alphabetically by default; keep them in bar order instead.
const barOrder = (item: { dataKey?: unknown }) => (item.dataKey === "score" ? 0 : 1);

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
  return (
    <figure className="margin-x-0 margin-y-2">
      <figcaption className="usa-sr-only">{title}</figcaption>
      <ResponsiveContainer width="100%" height={data.length * 60 + 60}>
        {/* role="img" replaces recharts' default role="application"; the accessibility layer stays on so keyboard users can still step through the tooltip. */}
        <BarChart data={data} layout="vertical" role="img" aria-label={title} margin={{ top: 5, right: 20, bottom: 5, left: 5 }}>
          <CartesianGrid horizontal={false} />
          <XAxis type="number" domain={[0, 5]} ticks={LEVEL_TICKS} allowDecimals={false} />
          <YAxis type="category" dataKey="name" width="auto" interval={0} />
          <Tooltip formatter={formatScore} filterNull={false} itemSorter={barOrder} />
          <Legend itemSorter={barOrder} />
          <Bar dataKey="score" name={currentLabel} fill={CURRENT_COLOUR} />
          {hasBaseline && <Bar dataKey="baseline" name={baselineLabel} fill={BASELINE_COLOUR} />}
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
