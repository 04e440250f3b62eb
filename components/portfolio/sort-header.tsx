import Link from "next/link";
import type { PortfolioQuery } from "@/lib/validation/portfolio";

/** A column heading that sorts by its column: a link, so it works by keyboard and without scripts. */
export function SortHeader({ query, sortKey, label }: { query: PortfolioQuery; sortKey: string; label: string }) {
  const active = query.sort === sortKey;
  const nextDir = active && query.dir === "asc" ? "desc" : "asc";
  const params = new URLSearchParams();
  // A new order starts again at the first page.
  for (const [k, v] of Object.entries({ ...query, sort: sortKey, dir: nextDir, page: undefined })) if (v !== undefined) params.set(k, String(v));
  return (
    <th scope="col" aria-sort={active ? (query.dir === "asc" ? "ascending" : "descending") : "none"}>
      <Link href={`?${params}`}>
        {label}
        <span className="usa-sr-only">, sort {nextDir === "asc" ? "ascending" : "descending"}</span>
        {active && <span aria-hidden="true">{query.dir === "asc" ? " ▲" : " ▼"}</span>}
      </Link>
    </th>
  );
}
