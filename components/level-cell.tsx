import type { Cell } from "@/lib/scoring/rules";

// Colour only repeats what the text says (level number and name), so nothing relies on colour.
// Plain elements styled by the cell's class: the heatmap repeats this cell hundreds of times.

export function LevelCell({ cell, levelNames }: { cell: Cell | undefined; levelNames: string[] }) {
  if (!cell?.level) return <td className="text-base">Not scored</td>;
  return (
    <td className={`level-cell level-cell--${cell.level}`}>
      <b>{cell.level}</b> {levelNames[cell.level - 1]}
      <small>score {cell.score}</small>
    </td>
  );
}
