import { FilterBar, FilterSelect } from "../filter-bar";
import { actionItemStatusLabels } from "@/lib/action-item-status";
import type { ActionItemFilter } from "@/lib/validation/action-items";
import { optionsOf } from "../uswds/select-field";
import { TextField } from "../uswds/text-field";

/** Status and due-date filters, with the CSV of the same selection. */
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
    <FilterBar action={action} label="Action item filters" selection={filter} exportHref={`${exportHref}?${query}`}>
      <FilterSelect id="filter-status" name="status" label="Status" anyLabel="Any status" value={filter.status} options={optionsOf(actionItemStatusLabels)} />
      <TextField id="filter-due" name="dueBefore" type="date" label="Due on or before" className="grid-col-auto" defaultValue={filter.dueBefore ?? ""} />
    </FilterBar>
  );
}
