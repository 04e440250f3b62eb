import Link from "next/link";
import { FilterSelect } from "../filter-select";
import { actionItemStatusLabels } from "@/lib/action-item-status";
import type { ActionItemFilter } from "@/lib/validation/action-items";

/** Status and due-date filters as a GET form, with the CSV of the same selection. */
export function ActionItemFilters({
  action,
  filter,
  exportHref,
  extra = {},
}: {
  action: string;
  filter: ActionItemFilter;
  exportHref: string;
  extra?: Record<string, string>;
}) {
  const query = new URLSearchParams([...Object.entries(extra), ...Object.entries(filter).filter((e): e is [string, string] => Boolean(e[1]))]);
  return (
    <form method="get" action={action} className="grid-row grid-gap-2 flex-align-end margin-bottom-2" aria-label="Action item filters">
      <FilterSelect
        id="filter-status"
        name="status"
        label="Status"
        anyLabel="Any status"
        value={filter.status}
        options={Object.entries(actionItemStatusLabels).map(([value, label]) => ({ value, label }))}
      />
      <div className="grid-col-auto">
        <label className="usa-label" htmlFor="filter-due">
          Due on or before
        </label>
        <input className="usa-input" type="date" id="filter-due" name="dueBefore" defaultValue={filter.dueBefore ?? ""} />
      </div>
      <div className="grid-col-auto">
        <button type="submit" className="usa-button margin-top-2">
          Apply filters
        </button>
        <a href={`${exportHref}?${query}`} className="margin-left-1">
          Download as CSV
        </a>
        <Link href={action} className="margin-left-1">
          Clear
        </Link>
      </div>
    </form>
  );
}
