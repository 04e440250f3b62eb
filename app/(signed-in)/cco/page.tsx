import type { Metadata } from "next";
import { ProgramTable } from "@/components/program-table";
import { requireActor } from "@/lib/auth/session";
import { getCcoAgency } from "@/lib/data-access/dashboards";
import { listPrograms } from "@/lib/data-access/programs";

export const metadata: Metadata = { title: "Agency overview" };

export default async function CcoHome() {
  const actor = await requireActor();
  const { agencyName } = await getCcoAgency(actor);
  const { programs, cycleName } = await listPrograms(actor);
  return (
    <>
      <h1>{agencyName}</h1>
      <p className="usa-intro">The customer-experience self-assessments of your agency’s programs.</p>
      <ProgramTable programs={programs} cycleName={cycleName} caption={`Programs of ${agencyName}`} />
    </>
  );
}
