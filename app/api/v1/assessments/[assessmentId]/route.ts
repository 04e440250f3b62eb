import { apiGet } from "@/lib/api/handler";
import { noQuerySchema } from "@/lib/api/schemas";
import { getApiAssessment } from "@/lib/data-access/api";

export const GET = apiGet(noQuerySchema, ({ actor, params }) => getApiAssessment(actor, params.assessmentId ?? ""));
