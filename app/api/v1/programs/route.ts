import { apiGet } from "@/lib/api/handler";
import { programsQuerySchema } from "@/lib/api/schemas";
import { listApiPrograms } from "@/lib/data-access/api";

export const GET = apiGet(programsQuerySchema, ({ actor, query }) => listApiPrograms(actor, query));
