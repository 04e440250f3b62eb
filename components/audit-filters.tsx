import Link from "next/link";
import { FilterSelect } from "./filter-select";
import type { AuditFilter } from "@/lib/validation/admin";

export function AuditFilters({ filter, entityTypes, exportHref }: { filter: AuditFilter; entityTypes: string[]; exportHref: string }) {
  return (
    <form method="get" action="/admin/audit" className="grid-row grid-gap-2 flex-align-end margin-bottom-2" aria-label="Audit log filters">
      <div className="grid-col-auto">
        <label className="usa-label" htmlFor="audit-actor">
          Actor (email contains)
        </label>
        <input className="usa-input" id="audit-actor" name="actor" defaultValue={filter.actor ?? ""} />
      </div>
      <FilterSelect id="audit-entity" name="entityType" label="Entity" anyLabel="Any" value={filter.entityType} options={entityTypes.map((t) => ({ value: t, label: t }))} />
      <div className="grid-col-auto">
        <label className="usa-label" htmlFor="audit-action">
          Action (starts with)
        </label>
        <input className="usa-input" id="audit-action" name="action" defaultValue={filter.action ?? ""} />
      </div>
      <div className="grid-col-auto">
        <label className="usa-label" htmlFor="audit-from">
          From
        </label>
        <input className="usa-input" type="date" id="audit-from" name="from" defaultValue={filter.from ?? ""} />
      </div>
      <div className="grid-col-auto">
        <label className="usa-label" htmlFor="audit-to">
          To
        </label>
        <input className="usa-input" type="date" id="audit-to" name="to" defaultValue={filter.to ?? ""} />
      </div>
      <div className="grid-col-auto">
        <button type="submit" className="usa-button margin-top-2">
          Apply filters
        </button>
        <a href={exportHref} className="margin-left-1">
          Download as CSV
        </a>
        <Link href="/admin/audit" className="margin-left-1">
          Clear
        </Link>
      </div>
    </form>
  );
}
