import { z } from "zod";

/** Portfolio filters from the URL; anything unrecognized falls back to the default, never an error page. */
export const portfolioQuerySchema = z.object({
  cycle: z.string().max(40).optional().catch(undefined),
  view: z.enum(["latest", "baseline"]).catch("latest"),
  agency: z.uuid().optional().catch(undefined),
  level: z.coerce.number().int().min(1).max(5).optional().catch(undefined),
  sort: z
    .string()
    .regex(/^(program|agency|overall|discipline:[a-z0-9-]{1,80})$/)
    .catch("program"),
  dir: z.enum(["asc", "desc"]).catch("asc"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type PortfolioQuery = z.infer<typeof portfolioQuerySchema>;
