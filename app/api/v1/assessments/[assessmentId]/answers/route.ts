import { apiGet } from "@/lib/api/handler";
import { noQuerySchema } from "@/lib/api/schemas";
import { listApiAnswers } from "@/lib/data-access/api";

export const GET = apiGet(noQuerySchema, ({ actor, params }) => listApiAnswers(actor, params.assessmentId ?? ""));
