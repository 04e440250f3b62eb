import { apiGet } from "@/lib/api/handler";
import { noQuerySchema } from "@/lib/api/schemas";
import { exportAssessment } from "@/lib/data-access/exchange";

export const GET = apiGet(noQuerySchema, ({ actor, params }) => exportAssessment(actor, params.assessmentId ?? ""));
