import type { Metadata } from "next";
import Link from "next/link";
import { StartAssessmentForm } from "@/components/start-assessment-form";
import { StatusTag } from "@/components/status-tag";
import { requireActor } from "@/lib/auth/session";
import { getProgram } from "@/lib/data-access/programs";

export const metadata: Metadata = { title: "Program" };

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

export default async function ProgramPage({ params }: { params: Promise<{ programId: string }> }) {
  const actor = await requireActor();
  const program = await getProgram(actor, (await params).programId);
  return (
    <>
      <p className="margin-bottom-0 text-base">{program.agencyName}</p>
      <h1 className="margin-top-05">{program.name}</h1>
      {program.description && <p className="usa-intro">{program.description}</p>}
      <p>
        <Link href={`/programs/${program.id}/progress`}>Progress over time, targets and action items</Link>
      </p>
      {program.canStartAssessment && program.openCycle && (
        <StartAssessmentForm programId={program.id} cycleId={program.openCycle.id} cycleName={program.openCycle.name} />
      )}
      <h2>Self-assessments</h2>
      {program.assessments.length === 0 ? (
        <p>This program has not started a self-assessment yet.</p>
      ) : (
        <table className="usa-table usa-table--borderless">
          <caption>Self-assessments of {program.name}, newest cycle first</caption>
          <thead>
            <tr>
              <th scope="col">Cycle</th>
              <th scope="col">Status</th>
              <th scope="col">Last change</th>
            </tr>
          </thead>
          <tbody>
            {program.assessments.map((a) => (
              <tr key={a.id}>
                <th scope="row">
                  <Link href={`/assessments/${a.id}`}>{a.cycleName}</Link>
                </th>
                <td>
                  <StatusTag status={a.status} />
                </td>
                <td>{dateFormat.format(a.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
