import { apiGet } from "@/lib/api/handler";
import { noQuerySchema } from "@/lib/api/schemas";
import { listApiAgencies } from "@/lib/data-access/api";

export const GET = apiGet(noQuerySchema, ({ actor }) => listApiAgencies(actor));
