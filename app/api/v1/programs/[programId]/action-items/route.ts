import { apiGet } from "@/lib/api/handler";
import { noQuerySchema } from "@/lib/api/schemas";
import { listApiActionItems } from "@/lib/data-access/api";

export const GET = apiGet(noQuerySchema, ({ actor, params }) => listApiActionItems(actor, params.programId ?? ""));
