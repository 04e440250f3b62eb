import { FilterBar, FilterSelect } from "../filter-bar";
import { TextField } from "../uswds/text-field";
import type { AuditFilter } from "@/lib/validation/admin";

export function AuditFilters({ filter, entityTypes, exportHref }: { filter: AuditFilter; entityTypes: string[]; exportHref: string }) {
  return (
    <FilterBar action="/admin/audit" label="Audit log filters" selection={filter} exportHref={exportHref}>
      <TextField id="audit-actor" name="actor" label="Actor (email contains)" className="grid-col-auto" defaultValue={filter.actor ?? ""} />
      <FilterSelect id="audit-entity" name="entityType" label="Entity" anyLabel="Any" value={filter.entityType} options={entityTypes.map((t) => ({ value: t, label: t }))} />
      <TextField id="audit-action" name="action" label="Action (starts with)" className="grid-col-auto" defaultValue={filter.action ?? ""} />
      <TextField id="audit-from" name="from" type="date" label="From" className="grid-col-auto" defaultValue={filter.from ?? ""} />
      <TextField id="audit-to" name="to" type="date" label="To" className="grid-col-auto" defaultValue={filter.to ?? ""} />
    </FilterBar>
  );
}
