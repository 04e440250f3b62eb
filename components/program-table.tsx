import Link from "next/link";
import type { ProgramListItem } from "@/lib/data-access/types";
import { StatusTag } from "./status-tag";
import { Row, Table } from "./uswds/table";

/** The one thing to do next about a program's assessment in the open cycle. */
function nextStep(p: ProgramListItem): { label: string; href: string } {
  const assessment = `/assessments/${p.openCycleAssessmentId}`;
  switch (p.openCycleStatus) {
    case null:
      return { label: "Start", href: `/programs/${p.id}` };
    case "DRAFT":
      return { label: "Continue", href: assessment };
    case "RETURNED":
      return { label: "Revise", href: assessment };
    default:
      return { label: "View results", href: `${assessment}/results` };
  }
}

export function ProgramTable({
  programs,
  cycleName,
  caption,
  showNextStep = false,
}: {
  programs: ProgramListItem[];
  cycleName: string | null;
  caption: string;
  showNextStep?: boolean;
}) {
  if (programs.length === 0) return <p>There are no programs here yet. An administrator adds programs and their leads.</p>;
  return (
    <Table caption={caption} columns={["Program", "Agency", cycleName ? `${cycleName} self-assessment` : "Self-assessment", showNextStep && "Next step"]}>
      {programs.map((p) => (
        <Row
          key={p.id}
          header={<Link href={`/programs/${p.id}`}>{p.name}</Link>}
          cells={[
            p.agencyName,
            cycleName ? (
              <>
                <StatusTag status={p.openCycleStatus ?? "NOT_STARTED"} />
                {p.overdue && <span className="usa-tag bg-secondary-dark margin-left-1">Overdue</span>}
              </>
            ) : (
              "No cycle is open"
            ),
            ...(showNextStep ? [cycleName && <NextStep program={p} />] : []),
          ]}
        />
      ))}
    </Table>
  );
}

function NextStep({ program }: { program: ProgramListItem }) {
  const step = nextStep(program);
  return (
    <Link href={step.href}>
      {step.label}
      <span className="usa-sr-only"> {program.name}</span>
    </Link>
  );
}
