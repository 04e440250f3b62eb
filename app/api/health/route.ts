// Liveness: the process serves requests. It never touches the database, so an orchestrator does not
// restart a healthy app because PostgreSQL is down (that is /api/ready's business).
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
