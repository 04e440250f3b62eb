import { DisciplineScoresChartLazy } from "@/components/charts";
import type { DisciplineResult } from "@/lib/data-access/types";
import { scoresSummary } from "@/lib/results-summary";
import { Section } from "../section";
import { levelLabel } from "../uswds/level-tag";
import { Row, Table } from "../uswds/table";

/** Each discipline's level and score, beside the baseline's when there is one: a sentence, a chart and the table. */
export function DisciplineScores({ disciplines, cycleName, baselineCycle, levelNames }: { disciplines: DisciplineResult[]; cycleName: string; baselineCycle: string | null; levelNames: string[] }) {
  return (
    <Section id="scores" title="Scores by discipline">
      <p>{scoresSummary(disciplines, levelNames)}</p>
      <DisciplineScoresChartLazy
        title="Score of each discipline, from 0 to 5"
        currentLabel={cycleName}
        baselineLabel={baselineCycle ? `Baseline (${baselineCycle})` : undefined}
        data={disciplines.map((d) => ({ name: d.name, score: d.score, baseline: baselineCycle ? d.baselineScore : undefined }))}
      />
      <Table
        caption={`Level and score of each discipline${baselineCycle ? `, beside the baseline (${baselineCycle})` : ""}`}
        columns={["Discipline", "Level", "Score", baselineCycle && "Baseline level", baselineCycle && "Baseline score"]}
      >
        {disciplines.map((d) => (
          <Row
            key={d.key}
            header={d.name}
            cells={[
              d.scored ? levelLabel(d.level, levelNames) : "Too few answers to score",
              d.score ?? "–",
              ...(baselineCycle ? [levelLabel(d.baselineLevel, levelNames), d.baselineScore ?? "–"] : []),
            ]}
          />
        ))}
      </Table>
    </Section>
  );
}
