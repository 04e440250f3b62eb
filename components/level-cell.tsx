import type { Cell } from "@/lib/portfolio";

// Colour only repeats what the text says (level number and name), so nothing relies on colour.

export function LevelCell({ cell, levelNames }: { cell: Cell | undefined; levelNames: string[] }) {
  if (!cell?.level) return <td className="text-base">Not scored</td>;
  return (
    <td className={`level-cell level-cell--${cell.level}`}>
      <span className="text-bold">{cell.level}</span> {levelNames[cell.level - 1]}
      <span className="display-block font-body-3xs">score {cell.score}</span>
    </td>
  );
}
