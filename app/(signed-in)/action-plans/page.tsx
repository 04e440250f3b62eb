import type { Metadata } from "next";
import Link from "next/link";
import { Row, Table } from "@/components/uswds/table";
import { requireActor } from "@/lib/auth/session";
import { listPlansForYear } from "@/lib/data-access/action-plans";
import { formatDate } from "@/lib/format";
import { fiscalYearLabel } from "@/lib/plans/fiscal-year";
import { fiscalYearQuerySchema } from "@/lib/validation/action-plans";

export const metadata: Metadata = { title: "Action plans" };

export default async function ActionPlansPage({ searchParams }: PageProps<"/action-plans">) {
  const actor = await requireActor();
  const { fy } = fiscalYearQuerySchema.parse(await searchParams);
  const { fiscalYear, programs } = await listPlansForYear(actor, fy);
  const signed = programs.filter((p) => p.plan?.status === "SIGNED_OFF").length;
  const incomplete = programs.filter((p) => p.plan && p.plan.problems.length > 0).length;
  const waiting = programs.filter((p) => p.plan?.status === "DRAFT" && p.plan.problems.length === 0).length;
  const planned = programs.flatMap((p) => (p.plan ? [{ ...p, plan: p.plan }] : []));
  const missing = programs.length - planned.length;
  const label = fiscalYearLabel(fiscalYear);
  return (
    <>
      <h1>{label} action plans</h1>
      <p className="usa-intro">
        {programs.length} programs: {signed} signed off, {waiting} complete and waiting for the CCO&rsquo;s sign-off, {incomplete} not complete yet, {missing} without a plan.
      </p>
      <p>
        <Link href={`/action-plans?fy=${fiscalYear - 1}`}>{fiscalYearLabel(fiscalYear - 1)}</Link> · <Link href={`/action-plans?fy=${fiscalYear + 1}`}>{fiscalYearLabel(fiscalYear + 1)}</Link>
      </p>
      {planned.length > 0 && (
      <Table caption={`${label} action plans, with what an incomplete one lacks`} columns={["Program", "Agency", "Plan", "What it lacks"]}>
        {planned.map((p) => (
          <Row
            key={p.id}
            header={p.name}
            cells={[
              p.agency.name,
              <Link key="plan" href={`/action-plans/${p.plan.id}`}>
                {p.plan.status === "SIGNED_OFF" ? `Version ${p.plan.number}, signed off ${formatDate(p.plan.signedOffAt!)}` : `Version ${p.plan.number}, draft`}
              </Link>,
              p.plan.problems.length === 0 ? "Nothing: complete" : (
                <ul key="problems" className="usa-list margin-0">
                  {p.plan.problems.map((problem) => (
                    <li key={problem}>{problem}</li>
                  ))}
                </ul>
              ),
            ]}
          />
        ))}
      </Table>
      )}
    </>
  );
}
