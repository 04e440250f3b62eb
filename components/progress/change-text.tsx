import { directionOf } from "@/lib/scoring/progress";

const words = { up: "Up", same: "Same", down: "Down" } as const;
const arrows = { up: "▲", same: "■", down: "▼" } as const;

/** A change in words and numbers; the arrow only repeats it. */
export function ChangeText({ delta }: { delta: number | null }) {
  const direction = directionOf(delta);
  if (!direction || delta === null) return <>–</>;
  return (
    <>
      <span aria-hidden="true">{arrows[direction]} </span>
      {words[direction]}
      {direction !== "same" && ` ${delta > 0 ? "+" : ""}${delta}`}
    </>
  );
}
