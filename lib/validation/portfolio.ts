import { z } from "zod";
import { text } from "./text";

/** Portfolio filters from the URL; anything unrecognized falls back to the default, never an error page. */
export const portfolioQuerySchema = z.object({
  cycle: text().max(40).optional().catch(undefined),
  view: z.enum(["latest", "baseline"]).catch("latest"),
  /** Which levels: the council's validated ones (the default), or the programs' own. */
  levels: z.enum(["validated", "self-reported"]).catch("validated"),
  agency: z.uuid().optional().catch(undefined),
  level: z.coerce.number().int().min(1).max(5).optional().catch(undefined),
  sort: text()
    .regex(/^(program|agency|overall|discipline:[a-z0-9-]{1,80})$/)
    .catch("program"),
  dir: z.enum(["asc", "desc"]).catch("asc"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type PortfolioQuery = z.infer<typeof portfolioQuerySchema>;

/** What selects the portfolio's programs and the levels read of them (not how the heatmap sorts or pages them). */
export function portfolioFilters({ cycle, view, agency, level, levels }: PortfolioQuery) {
  return { cycle, view, agency, level, levels };
}

/** Movers: the portfolio's filters, and what each program's change is measured from. */
export const moversQuerySchema = portfolioQuerySchema.extend({ since: z.enum(["baseline", "previous"]).catch("baseline") });
export type MoversQuery = z.infer<typeof moversQuerySchema>;

/** Programs side by side: two to four of them, or one program across its cycles. */
export const MAX_COMPARED = 4;
export const compareQuerySchema = z.object({
  program: z
    .preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.uuid({ error: "A chosen program is not one of the portfolio's programs." })))
    .transform((ids) => [...new Set(ids)])
    .pipe(
      z
        .array(text())
        .min(1, { error: "Choose the programs to compare: tick two to four rows of the portfolio, or one to see its cycles." })
        .max(MAX_COMPARED, { error: `Choose at most ${MAX_COMPARED} programs to compare side by side.` }),
    ),
});
export type CompareQuery = z.infer<typeof compareQuerySchema>;
