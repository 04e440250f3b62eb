import { requireActor } from "@/lib/auth/session";
import { exportAssessment } from "@/lib/data-access/exchange";
import { attachment } from "@/lib/exports/content-disposition";

/** The assessment as an exchange document (docs/assessment-exchange.md), to import elsewhere. */
export async function GET(_request: Request, { params }: { params: Promise<{ assessmentId: string }> }) {
  const doc = await exportAssessment(await requireActor(), (await params).assessmentId);
  return new Response(JSON.stringify(doc, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": attachment(`${doc.program.name} ${doc.cycle.name} assessment.json`),
      "Cache-Control": "private, no-store",
    },
  });
}
