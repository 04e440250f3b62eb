import { cookies } from "next/headers";
import { requireActor } from "@/lib/auth/session";
import { getResults } from "@/lib/data-access/results";
import { pdfResponse } from "@/lib/pdf/render-report";
import { attachment } from "@/lib/exports/content-disposition";

/** The printable results as a tagged PDF, to attach to an A-11 submission. */
export async function GET(_request: Request, { params }: { params: Promise<{ assessmentId: string }> }) {
  const actor = await requireActor();
  const results = await getResults(actor, (await params).assessmentId);
  const name = `${results.assessment.program.name} ${results.assessment.cycle.name} CX maturity.pdf`;
  return pdfResponse(`/assessments/${results.assessment.id}/results?print=1`, (await cookies()).getAll(), actor, results, {
    "Content-Type": "application/pdf",
    "Content-Disposition": attachment(name),
    "Cache-Control": "private, no-store",
  });
}
