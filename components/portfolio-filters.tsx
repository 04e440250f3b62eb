import Link from "next/link";
import { FilterSelect } from "./filter-select";
import type { PortfolioQuery } from "@/lib/validation/portfolio";

/** Filters as a GET form: the URL holds the view, so it can be shared and bookmarked. */
export function PortfolioFilters({
  query,
  agencies,
  cycles,
  levelNames,
}: {
  query: PortfolioQuery;
  agencies: { id: string; name: string }[];
  cycles: string[];
  levelNames: string[];
}) {
  return (
    <form method="get" action="/portfolio" className="grid-row grid-gap-2 flex-align-end margin-bottom-2" aria-label="Portfolio filters">
      <input type="hidden" name="sort" value={query.sort} />
      <input type="hidden" name="dir" value={query.dir} />
      <fieldset className="usa-fieldset grid-col-12 tablet:grid-col-auto">
        <legend className="usa-legend margin-top-0">Show</legend>
        <div className="usa-radio display-inline-block margin-right-2">
          <input className="usa-radio__input" id="view-latest" type="radio" name="view" value="latest" defaultChecked={query.view === "latest"} />
          <label className="usa-radio__label margin-top-1" htmlFor="view-latest">
            Latest accepted
          </label>
        </div>
        <div className="usa-radio display-inline-block">
          <input className="usa-radio__input" id="view-baseline" type="radio" name="view" value="baseline" defaultChecked={query.view === "baseline"} />
          <label className="usa-radio__label margin-top-1" htmlFor="view-baseline">
            Baselines
          </label>
        </div>
      </fieldset>
      <FilterSelect id="filter-cycle" name="cycle" label="Cycle" anyLabel="Any cycle" value={query.cycle} options={cycles.map((c) => ({ value: c, label: c }))} />
      <FilterSelect id="filter-agency" name="agency" label="Agency" anyLabel="All agencies" value={query.agency} options={agencies.map((a) => ({ value: a.id, label: a.name }))} />
      <FilterSelect
        id="filter-level"
        name="level"
        label="Overall level"
        anyLabel="Any level"
        value={query.level}
        options={levelNames.map((n, i) => ({ value: i + 1, label: `${i + 1} · ${n}` }))}
      />
      <div className="grid-col-12 tablet:grid-col-auto">
        <button type="submit" className="usa-button margin-top-2">
          Apply filters
        </button>
        <Link href="/portfolio" className="margin-left-1">
          Clear
        </Link>
      </div>
    </form>
  );
}
