import { apiCsv } from "@/lib/api/handler";
import { portfolioCsvQuerySchema } from "@/lib/api/schemas";
import { apiPortfolioRows } from "@/lib/data-access/api";
import { portfolioColumns } from "@/lib/exports/columns";

export const GET = apiCsv(portfolioCsvQuerySchema, portfolioColumns, ({ actor, query }) => apiPortfolioRows(actor, query));
