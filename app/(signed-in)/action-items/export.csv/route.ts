import { requireActor } from "@/lib/auth/session";
import { listActionItems } from "@/lib/data-access/action-items";
import { getCurrentModel } from "@/lib/data-access/models";
import { actionItemColumns } from "@/lib/exports/columns";
import { csvStream } from "@/lib/exports/csv";
import { actionItemFilterSchema } from "@/lib/validation/action-items";
import { attachment } from "@/lib/exports/content-disposition";

/** Action items as CSV: one program's (programId) or the actor's agency's, for the filters given. */
export async function GET(request: Request) {
  const actor = await requireActor();
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const filter = actionItemFilterSchema.parse(params);
  const items = await listActionItems(actor, params.programId ? { programId: params.programId } : { scope: "mine" }, filter);
  const names = new Map((await getCurrentModel(actor))?.disciplines.map((d) => [d.key, d.name]));
  const rows = items.map((i) => ({ ...i, discipline: names.get(i.disciplineKey) ?? i.disciplineKey, resources: i.resources.map((r) => r.url) }));
  return new Response(csvStream(actionItemColumns, rows), {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": attachment("cx-action-items.csv"), "Cache-Control": "private, no-store" },
  });
}
