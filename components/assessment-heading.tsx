import Link from "next/link";
import type { AssessmentHeader } from "@/lib/data-access/assessment-access";
import { StatusTag } from "./status-tag";

/** Program, cycle and status above every page of one assessment, with the way back. */
export function AssessmentHeading({ assessment, title }: { assessment: AssessmentHeader; title: string }) {
  return (
    <>
      <nav className="usa-breadcrumb" aria-label="Breadcrumbs">
        <ol className="usa-breadcrumb__list">
          <li className="usa-breadcrumb__list-item">
            <Link href={`/programs/${assessment.program.id}`} className="usa-breadcrumb__link">
              <span>{assessment.program.name}</span>
            </Link>
          </li>
          <li className="usa-breadcrumb__list-item">
            <Link href={`/assessments/${assessment.id}`} className="usa-breadcrumb__link">
              <span>{assessment.cycle.name} self-assessment</span>
            </Link>
          </li>
          <li className="usa-breadcrumb__list-item usa-current" aria-current="page">
            <span>{title}</span>
          </li>
        </ol>
      </nav>
      <p className="margin-bottom-0 text-base">
        {assessment.program.agency.name} · {assessment.program.name} · {assessment.cycle.name} <StatusTag status={assessment.status} />
      </p>
      <h1 className="margin-top-1">{title}</h1>
    </>
  );
}
