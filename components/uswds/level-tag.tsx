// A maturity level as every page writes it: its number and its name ("3 · Strategic"). Colour only
// repeats what the text says, so nothing relies on colour.

/** "3 · Strategic", or `unscored` when there is no level. */
export function levelLabel(level: number | null | undefined, levelNames: readonly string[], unscored = "Not scored") {
  return level ? `${level} · ${levelNames[level - 1] ?? ""}` : unscored;
}

/**
 * A heatmap cell: the level's number and name on its tint, and the score under them. Plain elements
 * styled by the cell's class (app/globals.css), each text one string (React writes adjacent texts as
 * separate nodes): the portfolio repeats this cell hundreds of times.
 */
export function LevelCell({ cell, levelNames }: { cell: { level: number | null; score: number | null } | undefined; levelNames: readonly string[] }) {
  if (!cell?.level) return <td className="text-base">Not scored</td>;
  return (
    <td className={`level-cell level-cell--${cell.level}`}>
      <b>{cell.level}</b>
      {` ${levelNames[cell.level - 1]}`}
      <small>{`score ${cell.score}`}</small>
    </td>
  );
}
