import Link from "next/link";
import type { ProgramListItem } from "@/lib/data-access/types";
import { StatusTag } from "./status-tag";

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
    <table className="usa-table usa-table--borderless width-full">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Program</th>
          <th scope="col">Agency</th>
          <th scope="col">{cycleName ? `${cycleName} self-assessment` : "Self-assessment"}</th>
          {showNextStep && <th scope="col">Next step</th>}
        </tr>
      </thead>
      <tbody>
        {programs.map((p) => (
          <tr key={p.id}>
            <th scope="row">
              <Link href={`/programs/${p.id}`}>{p.name}</Link>
            </th>
            <td>{p.agencyName}</td>
            <td>{cycleName ? <StatusTag status={p.openCycleStatus ?? "NOT_STARTED"} /> : "No cycle is open"}</td>
            {showNextStep && (
              <td>
                {cycleName && (
                  <Link href={nextStep(p).href}>
                    {nextStep(p).label}
                    <span className="usa-sr-only"> {p.name}</span>
                  </Link>
                )}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
