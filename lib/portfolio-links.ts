import type { PortfolioQuery } from "@/lib/validation/portfolio";

/** The portfolio's filters as URL parameters (not the page), so every view of it keeps the same selection. */
export function filterParams(query: Partial<PortfolioQuery>): Record<string, string> {
  const { page: _page, ...filters } = query;
  return Object.fromEntries(Object.entries(filters).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]])));
}

/** A link to a view of the portfolio with the same filters. */
export function portfolioHref(path: string, query: Partial<PortfolioQuery>): string {
  const params = new URLSearchParams(filterParams(query)).toString();
  return params ? `${path}?${params}` : path;
}
