import { requireActor } from "@/lib/auth/session";
import { exportModel } from "@/lib/data-access/models";
import { attachment } from "@/lib/exports/content-disposition";

export async function GET(_request: Request, { params }: { params: Promise<{ version: string }> }) {
  const actor = await requireActor();
  const version = Number((await params).version);
  const model = await exportModel(actor, version);
  return new Response(JSON.stringify(model, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": attachment(`cx-maturity-model-v${version}.json`),
      "Cache-Control": "private, no-store",
    },
  });
}
