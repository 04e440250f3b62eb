import { apiCsv } from "@/lib/api/handler";
import { portfolioCsvQuerySchema } from "@/lib/api/schemas";
import { apiPortfolioAnswerRows } from "@/lib/data-access/api";
import { answerColumns } from "@/lib/exports/columns";

export const GET = apiCsv(portfolioCsvQuerySchema, answerColumns, ({ actor, query }) => apiPortfolioAnswerRows(actor, query));
