import type { AnswerValue } from "@/lib/scoring/score";
import { Section } from "../section";
import { Row, Table } from "../uswds/table";

type Change = { disciplineName: string; title: string; before: AnswerValue | null; after: AnswerValue | null };

/** An answer as the table says it: the level's number and name, "Not applicable", or "Not answered". */
function answerText(value: AnswerValue | null, levelNames: string[]): string {
  if (value === null) return "Not answered";
  if (value === "NA") return "Not applicable";
  return `${value}: ${levelNames[value - 1] ?? ""}`;
}

/** Per practice, what changed since the program's previous accepted assessment. */
export function ChangesSince({ changes, levelNames }: { changes: { cycleName: string; rows: Change[] }; levelNames: string[] }) {
  return (
    <Section id="changes" title={`What changed since ${changes.cycleName}`}>
      {changes.rows.length === 0 ? (
        <p>Every practice is answered as it was in the {changes.cycleName} accepted assessment.</p>
      ) : (
        <Table caption={`Practices answered differently from the ${changes.cycleName} accepted assessment (${changes.rows.length})`} columns={["Practice", "Discipline", changes.cycleName, "Now"]}>
          {changes.rows.map((c) => (
            <Row key={`${c.disciplineName}:${c.title}`} header={c.title} cells={[c.disciplineName, answerText(c.before, levelNames), answerText(c.after, levelNames)]} />
          ))}
        </Table>
      )}
    </Section>
  );
}
