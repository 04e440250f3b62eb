import { Breadcrumbs } from "./breadcrumbs";
import type { AssessmentHeader } from "@/lib/data-access/types";
import { StatusTag } from "./status-tag";

/** Program, cycle and status above every page of one assessment, with the way back. */
/** `trail` replaces the way back for someone who cannot open the program's pages (a respondent). */
export function AssessmentHeading({ assessment, title, trail }: { assessment: AssessmentHeader; title: string; trail?: { href: string; label: string }[] }) {
  const home = `${assessment.cycle.name} self-assessment`;
  const program = { href: `/programs/${assessment.program.id}`, label: assessment.program.name };
  return (
    <>
      {/* On the assessment's own page, the way back is to its program only. */}
      <Breadcrumbs trail={trail ?? (title === home ? [program] : [program, { href: `/assessments/${assessment.id}`, label: home }])} current={title} />
      <p className="margin-bottom-0 text-base">
        {assessment.program.agency.name} · {assessment.program.name} · {assessment.cycle.name} · model version {assessment.model.version}{" "}
        <StatusTag status={assessment.status} />
      </p>
      <h1 className="margin-top-1">{title}</h1>
    </>
  );
}
