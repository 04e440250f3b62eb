import type { A11Area } from "@/lib/data-access/types";
import { a11AreaLabels } from "@/lib/model/a11-areas";
import { levelLabel } from "../uswds/level-tag";
import { Row, Table } from "../uswds/table";

type Discipline = { key: string; name: string; a11Areas: string[]; level: number | null; score: number | null };

/** The results restated by OMB A-11 §280's five CX capacity areas, for the annual submission. */
export function A11Crosswalk({ disciplines, levelNames }: { disciplines: Discipline[]; levelNames: string[] }) {
  const areas = Object.keys(a11AreaLabels) as A11Area[];
  const informing = (area: A11Area) => disciplines.filter((d) => d.a11Areas.includes(area));
  return (
    <Table caption="OMB Circular A-11 §280 CX capacity areas and the disciplines that inform them" columns={["A-11 §280 area", "Disciplines (level, score)"]}>
      {areas.map((area) => (
        <Row
          key={area}
          header={a11AreaLabels[area]}
          cells={[
            informing(area).length === 0
              ? "No discipline maps to this area"
              : informing(area)
                  .map((d) => `${d.name} (${levelLabel(d.level, levelNames, "not scored")}, ${d.score ?? "–"})`)
                  .join("; "),
          ]}
        />
      ))}
    </Table>
  );
}
