import Link from "next/link";
import { Button } from "./uswds/button";
import { SelectField, type Option } from "./uswds/select-field";

/**
 * Filters as a GET form: the URL holds the view, so it can be shared and bookmarked, and it works
 * without scripts. The fields are the children; then Apply, the CSV of the same selection, and Clear.
 */
export function FilterBar({
  action,
  label,
  selection,
  exportHref,
  actionsClassName = "grid-col-auto",
  children,
}: {
  action: string;
  label: string;
  /** What the URL selects now. The form starts afresh when it changes, so Clear (a client-side
   * navigation) resets every control instead of leaving the last choices for the next Apply. */
  selection: object;
  exportHref?: string;
  /** The buttons' column: beside the fields, or (with the fields) full width on a narrow screen. */
  actionsClassName?: string;
  children: React.ReactNode;
}) {
  return (
    <form key={JSON.stringify(selection)} method="get" action={action} className="grid-row grid-gap-2 flex-align-end margin-bottom-2" aria-label={label}>
      {children}
      <div className={actionsClassName}>
        <Button className="margin-top-2">Apply filters</Button>
        {exportHref && (
          <a href={exportHref} className="margin-left-1">
            Download as CSV
          </a>
        )}
        <Link href={action} className="margin-left-1">
          Clear
        </Link>
      </div>
    </form>
  );
}

/** A select in a filter bar, with an "any" choice that clears the filter. */
export function FilterSelect({ id, name, label, anyLabel, value, options }: { id: string; name: string; label: string; anyLabel: string; value: string | number | undefined; options: Option[] }) {
  return <SelectField id={id} name={name} label={label} className="grid-col-12 tablet:grid-col-auto" defaultValue={value ?? ""} placeholder={anyLabel} options={options} />;
}
