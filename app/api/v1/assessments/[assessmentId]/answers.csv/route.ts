import { apiCsv } from "@/lib/api/handler";
import { noQuerySchema } from "@/lib/api/schemas";
import { apiAnswerRows } from "@/lib/data-access/api";
import { answerColumns } from "@/lib/exports/columns";

export const GET = apiCsv(noQuerySchema, answerColumns, ({ actor, params }) => apiAnswerRows(actor, params.assessmentId ?? ""));
