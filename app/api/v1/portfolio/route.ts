import { apiGet } from "@/lib/api/handler";
import { portfolioApiQuerySchema } from "@/lib/api/schemas";
import { getApiPortfolio } from "@/lib/data-access/api";

export const GET = apiGet(portfolioApiQuerySchema, ({ actor, query }) => getApiPortfolio(actor, query));
