import { GapChartLazy } from "@/components/charts";
import type { DisciplineResult } from "@/lib/data-access/types";
import { formatDate } from "@/lib/format";
import { gapsSummary } from "@/lib/results-summary";
import { Section } from "../section";
import { levelLabel } from "../uswds/level-tag";
import { Row, Table } from "../uswds/table";
import { GapDetails } from "./gap-details";

/**
 * Gaps to target, largest first: a sentence, a chart, the table, then each open gap with the practices
 * furthest below target and what to read (all open when printed). `planHref` links a gap to a new action item.
 */
export function GapsToTarget({ gaps, levelNames, open, planHref }: { gaps: DisciplineResult[]; levelNames: string[]; open: boolean; planHref?: (disciplineKey: string) => string }) {
  return (
    <Section id="gaps" title="Gaps to target">
      <p>{gapsSummary(gaps)}</p>
      <GapChartLazy title="Current and target level of each discipline, largest gap first" data={gaps.map((g) => ({ name: g.name, current: g.level, target: g.target }))} />
      <Table caption="Current level, target and gap per discipline, largest gap first" columns={["Discipline", "Current level", "Target level", "Gap (levels)", "Due"]}>
        {gaps.map((g) => (
          <Row
            key={g.key}
            header={g.name}
            cells={[levelLabel(g.level, levelNames), `${levelLabel(g.target, levelNames)}${g.targetIsDefault ? " (next level up)" : ""}`, g.gap, g.dueOn ? formatDate(g.dueOn) : "–"]}
          />
        ))}
      </Table>
      <h3>What to work on, and what to read</h3>
      {gaps
        .filter((g) => g.gap > 0)
        .map((g) => (
          <GapDetails key={g.key} gap={g} levelNames={levelNames} open={open} planHref={planHref?.(g.key)} />
        ))}
    </Section>
  );
}
