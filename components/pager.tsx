import Link from "next/link";

/** Previous / next links for a paginated list; the query string keeps the filters. Not printed: paper has no next page to follow. */
export function Pager({ page, pageSize, total, params }: { page: number; pageSize: number; total: number; params: Record<string, string | undefined> }) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const href = (p: number) => `?${new URLSearchParams({ ...Object.fromEntries(Object.entries(params).filter((e): e is [string, string] => Boolean(e[1]))), page: String(p) })}`;
  return (
    <nav aria-label="Pages" className="display-flex flex-align-center flex-wrap margin-y-2 print-hidden">
      {page > 1 && (
        <Link href={href(page - 1)} className="margin-right-2">
          Previous page
        </Link>
      )}
      <span>
        Page {page} of {pages} ({total} in all)
      </span>
      {page < pages && (
        <Link href={href(page + 1)} className="margin-left-2">
          Next page
        </Link>
      )}
    </nav>
  );
}
