import { formatTimestamp } from "@/lib/format";
import { Section } from "./section";
import { Row, RowHeader, Table } from "./uswds/table";

type Answer = {
  level: number | null;
  notApplicable: boolean;
  descriptor: string;
  evidenceNote: string;
  evidenceLinks: string[];
  /** The team's rationale for its consensus answer, if one was given. */
  rationale: string;
  /** The program's own answer where the council validated another one, and why. */
  selfReported: number | "NA" | null;
  validationReason: string;
  answeredBy: string;
  updatedAt: Date;
};
type Discipline = { key: string; name: string; practices: { id: string; title: string; answer: Answer | null }[] };

/** A submission's answers for the council, a table per discipline: the level and its descriptor, the evidence, who answered and when. */
export function ReviewAnswers({ disciplines }: { disciplines: Discipline[] }) {
  return disciplines.map((d) => (
    <Section key={d.key} id={`review-${d.key}`} title={d.name} level={3}>
      <Table caption={`Answers for ${d.name}`} captionHidden columns={["Practice", "Answer", "Evidence", "Answered by"]}>
        {d.practices.map((p) => (
          <tr key={p.id}>
            <RowHeader className="text-normal">{p.title}</RowHeader>
            <td>
              <AnswerText answer={p.answer} />
            </td>
            <td>
              <Evidence answer={p.answer} />
            </td>
            <td className="font-body-2xs">{p.answer ? `${p.answer.answeredBy} ${formatTimestamp(p.answer.updatedAt)}` : ""}</td>
          </tr>
        ))}
      </Table>
    </Section>
  ));
}

/**
 * The practices left out of the scores as "not applicable", with the reason given, so the council can
 * judge each one and return the assessment when a reason does not hold.
 */
export function NotApplicableAnswers({ disciplines }: { disciplines: Discipline[] }) {
  const leftOut = disciplines.flatMap((d) => d.practices.flatMap((p) => (p.answer?.notApplicable ? [{ ...p, discipline: d.name, reason: p.answer.evidenceNote.trim() }] : [])));
  if (leftOut.length === 0) return <p>No practice is marked “not applicable”: every practice counts toward the scores.</p>;
  return (
    <>
      <p>
        {leftOut.length === 1 ? "This practice does" : `These ${leftOut.length} practices do`} not count toward the scores. If a reason does not hold,
        return the assessment and say which.
      </p>
      <Table caption="Practices marked not applicable, with the reason given" captionHidden columns={["Practice", "Discipline", "Reason given"]}>
        {leftOut.map((p) => (
          <Row key={p.id} header={p.title} cells={[p.discipline, p.reason || "No reason given"]} />
        ))}
      </Table>
    </>
  );
}

function AnswerText({ answer }: { answer: Answer | null }) {
  if (!answer) return "Not answered";
  const validated = answer.selfReported !== null && (
    <span className="display-block font-body-2xs">
      Validated by the council; the program answered {answer.selfReported === "NA" ? "not applicable" : `level ${answer.selfReported}`}: {answer.validationReason}
    </span>
  );
  if (answer.notApplicable) return <>Not applicable{validated}</>;
  return (
    <>
      <strong>Level {answer.level}</strong>
      <span className="display-block font-body-2xs">{answer.descriptor}</span>
      {validated}
    </>
  );
}

function Evidence({ answer }: { answer: Answer | null }) {
  return (
    <>
      {answer?.rationale && <span className="display-block">Team rationale: {answer.rationale}</span>}
      {answer?.evidenceNote}
      {answer?.evidenceLinks.map((href) => (
        <a key={href} href={href} className="display-block usa-link" rel="noreferrer">
          {href}
        </a>
      ))}
    </>
  );
}
