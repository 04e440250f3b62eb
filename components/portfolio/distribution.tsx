import { DistributionChartLazy } from "@/components/charts";
import { levelLabel } from "../uswds/level-tag";
import { Row, Table } from "../uswds/table";

type Counts = { 1: number; 2: number; 3: number; 4: number; 5: number; unscored: number };

/** How many programs sit at each level in each discipline: a sentence, a stacked bar chart and the table. */
export function Distribution({
  distribution,
  disciplines,
  levelNames,
  total,
}: {
  distribution: { key: string; counts: Counts }[];
  disciplines: { key: string; name: string }[];
  levelNames: string[];
  total: number;
}) {
  const nameOf = (key: string) => disciplines.find((x) => x.key === key)?.name ?? key;
  const busiest = distribution.map((d) => ({ name: nameOf(d.key), low: d.counts[1] + d.counts[2] })).sort((a, b) => b.low - a.low)[0];
  return (
    <>
      <h2>How programs are distributed across levels</h2>
      <p>{total === 0 ? "No program fits these filters." : `Across ${total} programs, ${busiest?.name} has the most programs at Reactive or Tactical (${busiest?.low}).`}</p>
      <DistributionChartLazy
        title="Number of programs at each level, per discipline"
        levelNames={levelNames}
        data={distribution.map((d) => ({ name: nameOf(d.key), ...d.counts }))}
      />
      <Table
        caption="Number of programs at each level, per discipline"
        columns={["Discipline", ...levelNames.map((_, i) => ({ label: levelLabel(i + 1, levelNames), className: "text-right" })), { label: "Not scored", className: "text-right" }]}
        fit
      >
        {distribution.map((d) => (
          <Row key={d.key} header={nameOf(d.key)} cells={[d.counts[1], d.counts[2], d.counts[3], d.counts[4], d.counts[5], d.counts.unscored]} cellClassName="text-right" />
        ))}
      </Table>
    </>
  );
}
