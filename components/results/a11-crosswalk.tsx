import type { A11Area } from "@/lib/data-access/types";
import { a11AreaLabels } from "@/lib/model/a11-areas";

type Row = { key: string; name: string; a11Areas: string[]; level: number | null; score: number | null };

/** The results restated by OMB A-11 §280's five CX capacity areas, for the annual submission. */
export function A11Crosswalk({ disciplines, levelNames }: { disciplines: Row[]; levelNames: string[] }) {
  const areas = Object.keys(a11AreaLabels) as A11Area[];
  return (
    <table className="usa-table usa-table--borderless width-full">
      <caption>OMB Circular A-11 §280 CX capacity areas and the disciplines that inform them</caption>
      <thead>
        <tr>
          <th scope="col">A-11 §280 area</th>
          <th scope="col">Disciplines (level, score)</th>
        </tr>
      </thead>
      <tbody>
        {areas.map((area) => {
          const informing = disciplines.filter((d) => d.a11Areas.includes(area));
          return (
            <tr key={area}>
              <th scope="row">{a11AreaLabels[area]}</th>
              <td>
                {informing.length === 0
                  ? "No discipline maps to this area"
                  : informing.map((d) => `${d.name} (${d.level ? `${d.level} · ${levelNames[d.level - 1]}` : "not scored"}, ${d.score ?? "–"})`).join("; ")}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
