import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/action-form";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { HiddenFields } from "@/components/uswds/hidden-fields";
import { Row, Table } from "@/components/uswds/table";
import { startPlanAction } from "@/lib/actions/action-plans";
import { requireActor } from "@/lib/auth/session";
import { listProgramPlans } from "@/lib/data-access/action-plans";
import { formatDate } from "@/lib/format";
import { fiscalYearLabel } from "@/lib/plans/fiscal-year";

export const metadata: Metadata = { title: "Action plans" };

export default async function ProgramPlansPage({ params }: PageProps<"/programs/[programId]/action-plans">) {
  const actor = await requireActor();
  const { program, plans, canStart, currentFiscalYear } = await listProgramPlans(actor, (await params).programId);
  return (
    <>
      <Breadcrumbs trail={[{ href: `/programs/${program.id}`, label: program.name }]} current="Action plans" />
      <p className="margin-bottom-0 text-base">{program.agency.name}</p>
      <h1 className="margin-top-1">Action plans: {program.name}</h1>
      <p className="usa-intro">
        One CX action plan per fiscal year, as OMB Circular A-11 §280 asks: measurable actions built from the program&rsquo;s gaps, signed off by the agency&rsquo;s Chief Customer Officer.
      </p>
      {canStart && (
        <ActionForm action={startPlanAction} submitLabel={`Start the ${fiscalYearLabel(currentFiscalYear)} plan`} className="">
          <HiddenFields values={{ programId: program.id, fiscalYear: currentFiscalYear }} />
        </ActionForm>
      )}
      {plans.length === 0 ? (
        <p>No action plan yet.</p>
      ) : (
        <Table caption={`Action plans of ${program.name}, newest first`} columns={["Plan", "Status", "Actions", "Complete", "Last change"]}>
          {plans.map((p) => (
            <Row
              key={p.id}
              header={<Link href={`/action-plans/${p.id}`}>{`${fiscalYearLabel(p.fiscalYear)}, version ${p.number}`}</Link>}
              cells={[
                p.status === "SIGNED_OFF" ? `Signed off ${formatDate(p.signedOffAt!)}` : "Draft",
                p.actions,
                p.problems.length === 0 ? "Yes" : `No: ${p.problems.length === 1 ? "1 problem" : `${p.problems.length} problems`}`,
                formatDate(p.updatedAt),
              ]}
            />
          ))}
        </Table>
      )}
    </>
  );
}
