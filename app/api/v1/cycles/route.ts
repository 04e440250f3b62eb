import { apiGet } from "@/lib/api/handler";
import { noQuerySchema } from "@/lib/api/schemas";
import { listApiCycles } from "@/lib/data-access/api";

export const GET = apiGet(noQuerySchema, ({ actor }) => listApiCycles(actor));
