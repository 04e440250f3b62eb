import { levelLabel } from "../uswds/level-tag";
import { Section } from "../section";

type Overall = { level: number | null; score: number | null };

/** The overall level and score, and the baseline's when there is an earlier accepted assessment. */
export function OverallResult({ overall, baseline, isBaseline, levelNames }: { overall: Overall; baseline: (Overall & { cycleName: string }) | null; isBaseline: boolean; levelNames: string[] }) {
  return (
    <Section id="overall" title="Overall">
      <p className="font-body-lg">
        Overall level <strong>{levelLabel(overall.level, levelNames)}</strong>, score <strong>{overall.score ?? "–"}</strong> of 5.
        {isBaseline && " This accepted assessment is the program’s baseline."}
        {baseline && ` Baseline (${baseline.cycleName}): level ${levelLabel(baseline.level, levelNames)}, score ${baseline.score ?? "–"}.`}
      </p>
    </Section>
  );
}
