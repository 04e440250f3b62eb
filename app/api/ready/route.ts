import { readiness } from "@/lib/data-access/health";

// Readiness: the database answers and has every migration this build expects; 503 names what is wrong.
export const dynamic = "force-dynamic";

export async function GET() {
  const report = await readiness();
  return Response.json(report, { status: report.status === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
