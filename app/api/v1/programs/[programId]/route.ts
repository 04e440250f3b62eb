import { apiGet } from "@/lib/api/handler";
import { noQuerySchema } from "@/lib/api/schemas";
import { getApiProgram } from "@/lib/data-access/api";

export const GET = apiGet(noQuerySchema, ({ actor, params }) => getApiProgram(actor, params.programId ?? ""));
