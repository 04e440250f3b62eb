// SVG patterns that tell series apart by texture as well as colour (WCAG 1.4.1 Use of Color): a fill
// names its pattern with url(#id). The patterns are defined inside the chart's own SVG; the legend's
// icons (small SVGs of their own) reach them by the same id, which is unique in the document.

export type PatternKind = "solid" | "dots" | "diagonal" | "horizontal" | "crosshatch" | "vertical";

export type PatternSpec = { id: string; background: string; mark: string; kind: PatternKind };

const SIZE = 8;

function Marks({ kind, mark }: { kind: PatternKind; mark: string }) {
  const line = { stroke: mark, strokeWidth: 1.5 };
  switch (kind) {
    case "solid":
      return null;
    case "dots":
      return <circle cx={SIZE / 2} cy={SIZE / 2} r={1.5} fill={mark} />;
    case "diagonal":
      // Three strokes so the lines run on across the tile's edges without gaps.
      return <path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" {...line} />;
    case "horizontal":
      return <path d={`M0,${SIZE / 2} h${SIZE}`} {...line} />;
    case "vertical":
      return <path d={`M${SIZE / 2},0 v${SIZE}`} {...line} />;
    case "crosshatch":
      return <path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4 M-2,6 l4,4 M0,0 l8,8 M6,-2 l4,4" {...line} strokeWidth={1} />;
  }
}

/** The `<defs>` of a chart: one tile per pattern, its background with the marks over it. */
export function PatternDefs({ patterns }: { patterns: PatternSpec[] }) {
  return (
    <defs>
      {patterns.map((p) => (
        <pattern key={p.id} id={p.id} width={SIZE} height={SIZE} patternUnits="userSpaceOnUse">
          <rect width={SIZE} height={SIZE} fill={p.background} />
          <Marks kind={p.kind} mark={p.mark} />
        </pattern>
      ))}
    </defs>
  );
}

/** An id from React's useId made safe inside url(#…). */
export function patternId(base: string, name: string): string {
  return `${base.replace(/[^A-Za-z0-9_-]/g, "")}-${name}`;
}
