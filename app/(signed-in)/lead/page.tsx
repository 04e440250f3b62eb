import type { Metadata } from "next";
import { ProgramTable } from "@/components/program-table";
import { requireActor } from "@/lib/auth/session";
import { listPrograms } from "@/lib/data-access/programs";

export const metadata: Metadata = { title: "Your programs" };

export default async function LeadHome() {
  const actor = await requireActor("LEAD");
  const { programs, cycleName, submissionDueOn } = await listPrograms(actor);
  return (
    <>
      <h1>Your programs</h1>
      <p className="usa-intro">
        {cycleName ? `The ${cycleName} cycle is open for self-assessment${submissionDueOn ? `: submissions are due ${submissionDueOn}` : ""}.` : "No assessment cycle is open right now."}
      </p>
      <ProgramTable programs={programs} cycleName={cycleName} caption="Programs you lead" showNextStep />
    </>
  );
}
