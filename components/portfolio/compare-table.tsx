import { signedChange } from "@/lib/format";
import type { CompareCell, CompareSummary } from "@/lib/scoring/compare";
import { levelLabel } from "../uswds/level-tag";
import { RowHeader, Table } from "../uswds/table";

type Column = { programId: string; heading: string; subheading: string; since: string | null };

function CompareCellView({ cell, since, levelNames }: { cell: CompareCell; since: string | null; levelNames: string[] }) {
  if (cell.level === null) return <td className="text-base-dark">Not scored</td>;
  return (
    <td className={`level-cell level-cell--${cell.level}`}>
      <b>{levelLabel(cell.level, levelNames)}</b>
      <small>
        score {cell.score}
        {cell.change !== null && since && `, ${signedChange(cell.change)} since ${since}`}
        {cell.gap ? `; ${cell.gap} level${cell.gap === 1 ? "" : "s"} below target` : cell.gap === 0 ? "; target met" : ""}
      </small>
    </td>
  );
}

/** Disciplines down, programs (or cycles) across: level, score, change and gap in each cell, the gaps summed at the foot. */
export function CompareTable({
  caption,
  columns,
  rows,
  overall,
  summaries,
  disciplines,
  levelNames,
}: {
  caption: string;
  columns: Column[];
  rows: { key: string; cells: CompareCell[] }[];
  overall: CompareCell[];
  summaries: CompareSummary[];
  disciplines: { key: string; name: string }[];
  levelNames: string[];
}) {
  const nameOf = (key: string) => disciplines.find((d) => d.key === key)?.name ?? key;
  return (
    <Table
      caption={caption}
      scrollable={`${caption}, scrollable`}
      head={
        <>
          <th scope="col">Discipline</th>
          {columns.map((c, i) => (
            <th key={i} scope="col">
              {c.heading}
              <span className="display-block text-normal font-body-3xs">{c.subheading}</span>
            </th>
          ))}
        </>
      }
      foot={
        <tr>
          <RowHeader>Disciplines below target</RowHeader>
          {summaries.map((s, i) => (
            <td key={i}>
              {s.belowTarget} of {rows.length} ({s.levelsShort} level{s.levelsShort === 1 ? "" : "s"} short in all)
            </td>
          ))}
        </tr>
      }
    >
      <tr>
        <RowHeader>Overall</RowHeader>
        {overall.map((cell, i) => (
          <CompareCellView key={i} cell={cell} since={columns[i]!.since} levelNames={levelNames} />
        ))}
      </tr>
      {rows.map((r) => (
        <tr key={r.key}>
          <RowHeader>{nameOf(r.key)}</RowHeader>
          {r.cells.map((cell, i) => (
            <CompareCellView key={i} cell={cell} since={columns[i]!.since} levelNames={levelNames} />
          ))}
        </tr>
      ))}
    </Table>
  );
}
