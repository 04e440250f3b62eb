import { requireActor } from "@/lib/auth/session";
import { auditEventsForExport } from "@/lib/data-access/audit-log";
import { auditColumns } from "@/lib/exports/columns";
import { csvStream } from "@/lib/exports/csv";
import { auditFilterSchema } from "@/lib/validation/admin";
import { attachment } from "@/lib/exports/content-disposition";

export async function GET(request: Request) {
  const actor = await requireActor();
  const filter = auditFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  return new Response(csvStream(auditColumns, await auditEventsForExport(actor, filter)), {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": attachment("cx-audit-log.csv"), "Cache-Control": "private, no-store" },
  });
}
