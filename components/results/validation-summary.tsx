import { levelLabel } from "../uswds/level-tag";
import { Section } from "../section";
import { Row, Table } from "../uswds/table";
import type { ScoreSnapshotData } from "@/lib/scoring/snapshot";
import type { AnswerChoice } from "@/lib/scoring/validation";

type Validation = {
  selfReported: ScoreSnapshotData | null;
  practices: { id: string; title: string; disciplineName: string; validated: AnswerChoice; selfReported: AnswerChoice; reason: string }[];
};

const said = (c: AnswerChoice, levelNames: string[]) => (c === "NA" ? "Not applicable" : levelLabel(c, levelNames));

/**
 * The council validated some answers differently on acceptance: the scores on this page are the
 * validated ones; here are the program's own beside them, and why each answer changed.
 */
export function ValidationSummary({ validation, overall, disciplines, levelNames }: { validation: Validation; overall: { score: number | null; level: number | null }; disciplines: { key: string; name: string; score: number | null; level: number | null }[]; levelNames: string[] }) {
  const self = validation.selfReported;
  const n = validation.practices.length;
  const changed = disciplines.flatMap((d) => {
    const own = self?.disciplines.find((x) => x.key === d.key);
    return own && (own.score !== d.score || own.level !== d.level) ? [{ ...d, own }] : [];
  });
  return (
    <Section id="validation" title="Validated by the council">
      <p>
        The council validated {n === 1 ? "one answer" : `${n} answers`} differently when it accepted this assessment. The levels and scores on this page are the
        validated ones.
        {self &&
          ` Self-reported, the program was at level ${levelLabel(self.overallLevel, levelNames)}, score ${self.overallScore ?? "–"}; validated, level ${levelLabel(overall.level, levelNames)}, score ${overall.score ?? "–"}.`}
      </p>
      {changed.length > 0 && (
        <Table caption="Disciplines whose validated result differs from the self-reported one" columns={["Discipline", "Validated", "Self-reported"]}>
          {changed.map((d) => (
            <Row
              key={d.key}
              header={d.name}
              cells={[`${levelLabel(d.level, levelNames)} (score ${d.score ?? "–"})`, `${levelLabel(d.own.level, levelNames)} (score ${d.own.score ?? "–"})`]}
            />
          ))}
        </Table>
      )}
      <Table caption="Answers the council validated differently" columns={["Practice", "Discipline", "Validated", "Self-reported", "Why"]}>
        {validation.practices.map((p) => (
          <Row key={p.id} header={p.title} cells={[p.disciplineName, said(p.validated, levelNames), said(p.selfReported, levelNames), p.reason]} />
        ))}
      </Table>
    </Section>
  );
}
