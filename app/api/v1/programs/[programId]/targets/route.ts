import { apiGet } from "@/lib/api/handler";
import { noQuerySchema } from "@/lib/api/schemas";
import { listApiTargets } from "@/lib/data-access/api";

export const GET = apiGet(noQuerySchema, ({ actor, params }) => listApiTargets(actor, params.programId ?? ""));
