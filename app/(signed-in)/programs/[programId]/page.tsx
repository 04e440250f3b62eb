import type { Metadata } from "next";
import Link from "next/link";
import { StartAssessmentForm } from "@/components/start-assessment-form";
import { StatusTag } from "@/components/status-tag";
import { Row, Table } from "@/components/uswds/table";
import { requireActor } from "@/lib/auth/session";
import { getProgram } from "@/lib/data-access/programs";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "Program" };

export default async function ProgramPage({ params }: PageProps<"/programs/[programId]">) {
  const actor = await requireActor();
  const program = await getProgram(actor, (await params).programId);
  return (
    <>
      <p className="margin-bottom-0 text-base">{program.agencyName}</p>
      <h1 className="margin-top-05">{program.name}</h1>
      {program.description && <p className="usa-intro">{program.description}</p>}
      <ul className="usa-list">
        <li>
          <Link href={`/programs/${program.id}/progress`}>Progress over time, targets and action items</Link>
        </li>
        <li>
          <Link href={`/programs/${program.id}/action-plans`}>CX action plans (OMB A-11 §280)</Link>
        </li>
      </ul>
      {program.canStartAssessment && program.openCycle && (
        <StartAssessmentForm programId={program.id} cycleId={program.openCycle.id} cycleName={program.openCycle.name} carryFrom={program.carryFrom?.cycleName ?? null} />
      )}
      <h2>Self-assessments</h2>
      {program.assessments.length === 0 ? (
        <p>This program has not started a self-assessment yet.</p>
      ) : (
        <Table caption={`Self-assessments of ${program.name}, newest cycle first`} columns={["Cycle", "Status", "Last change"]} fit>
          {program.assessments.map((a) => (
            <Row key={a.id} header={<Link href={`/assessments/${a.id}`}>{a.cycleName}</Link>} cells={[<StatusTag key="status" status={a.status} />, formatDate(a.updatedAt)]} />
          ))}
        </Table>
      )}
    </>
  );
}
