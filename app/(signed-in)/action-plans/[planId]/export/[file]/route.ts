import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { getPlan } from "@/lib/data-access/action-plans";
import { attachment } from "@/lib/exports/content-disposition";
import { planActionColumns, type PlanExportRow } from "@/lib/exports/columns";
import { csvStream } from "@/lib/exports/csv";
import { planDocx } from "@/lib/exports/plan-docx";
import { formatTimestamp } from "@/lib/format";
import { touchpointsActionPlan } from "@/lib/plans/touchpoints";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** A plan's downloads: its actions as CSV, the plan as a Word document, and as JSON in GSA Touchpoints' layout. */
export async function GET(_request: Request, { params }: { params: Promise<{ planId: string; file: string }> }) {
  const actor = await requireActor();
  const { planId, file } = await params;
  const { plan, actions, problems } = await getPlan(actor, planId);
  const rows: PlanExportRow[] = actions.map((a) => ({
    ...a,
    agency: plan.program.agency.name,
    program: plan.program.name,
    fiscalYear: plan.fiscalYear,
    planVersion: plan.number,
    planStatus: plan.status,
    discipline: a.disciplineName,
    practices: a.practiceTitles,
  }));
  const headers = (type: string, extension: string) => ({
    "Content-Type": type,
    "Content-Disposition": attachment(`cx-action-plan-${plan.program.name}-FY${plan.fiscalYear}-v${plan.number}.${extension}`),
    "Cache-Control": "private, no-store",
  });
  switch (file) {
    case "plan.csv":
      return new Response(csvStream(planActionColumns, rows), { headers: headers("text/csv; charset=utf-8", "csv") });
    case "plan.docx": {
      const document = await planDocx({
        title: `${plan.program.name}: ${plan.label}`,
        subtitle: plan.program.agency.name,
        status: plan.status === "SIGNED_OFF" ? `Signed off by ${plan.signedOffBy?.name ?? "the agency's CCO"} on ${formatTimestamp(plan.signedOffAt!)}.` : "Draft, not signed off.",
        problems,
        delivered: plan.delivered,
        planned: plan.planned,
        actions: rows,
      });
      return new Response(new Uint8Array(document), { headers: headers(DOCX, "docx") });
    }
    case "plan.json": {
      const json = touchpointsActionPlan({
        ...plan,
        signedOffAt: plan.signedOffAt?.toISOString() ?? null,
        agency: plan.program.agency,
        program: plan.program,
        actions: rows.map((row, i) => ({ ...row, practices: actions[i]!.practiceKeys })),
      });
      return new Response(JSON.stringify(json, null, 2), { headers: headers("application/vnd.api+json; charset=utf-8", "json") });
    }
    default:
      notFound();
  }
}
