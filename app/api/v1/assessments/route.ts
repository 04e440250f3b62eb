import { apiGet } from "@/lib/api/handler";
import { assessmentsQuerySchema } from "@/lib/api/schemas";
import { listApiAssessments } from "@/lib/data-access/api";

export const GET = apiGet(assessmentsQuerySchema, ({ actor, query }) => listApiAssessments(actor, query));
