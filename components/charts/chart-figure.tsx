"use client";

import type { ReactElement } from "react";
import { ResponsiveContainer } from "recharts";

/** The level scale's ticks, 0 to 5, on every chart of levels or scores. */
export const LEVEL_TICKS = [0, 1, 2, 3, 4, 5];

/**
 * A chart as a figure at the column's width: the title is its caption for screen readers, and the
 * chart (an image named by the same title) sits beside a table that holds the same numbers.
 */
export function ChartFigure({ title, height, children }: { title: string; height: number; children: ReactElement }) {
  return (
    <figure className="margin-x-0 margin-y-2">
      <figcaption className="usa-sr-only">{title}</figcaption>
      <ResponsiveContainer width="100%" height={height}>
        {children}
      </ResponsiveContainer>
    </figure>
  );
}
