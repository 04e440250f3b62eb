import { Breadcrumbs } from "./breadcrumbs";
import type { AssessmentHeader } from "@/lib/data-access/types";
import { StatusTag } from "./status-tag";

/** Program, cycle and status above every page of one assessment, with the way back. */
export function AssessmentHeading({ assessment, title }: { assessment: AssessmentHeader; title: string }) {
  const home = `${assessment.cycle.name} self-assessment`;
  const program = { href: `/programs/${assessment.program.id}`, label: assessment.program.name };
  return (
    <>
      {/* On the assessment's own page, the way back is to its program only. */}
      <Breadcrumbs trail={title === home ? [program] : [program, { href: `/assessments/${assessment.id}`, label: home }]} current={title} />
      <p className="margin-bottom-0 text-base">
        {assessment.program.agency.name} · {assessment.program.name} · {assessment.cycle.name} · model version {assessment.model.version}{" "}
        <StatusTag status={assessment.status} />
      </p>
      <h1 className="margin-top-1">{title}</h1>
    </>
  );
}
