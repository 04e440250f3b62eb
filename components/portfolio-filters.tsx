import Link from "next/link";
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
      <div className="grid-col-12 tablet:grid-col-auto">
        <label className="usa-label" htmlFor="filter-cycle">
          Cycle
        </label>
        <select className="usa-select" id="filter-cycle" name="cycle" defaultValue={query.cycle ?? ""}>
          <option value="">Any cycle</option>
          {cycles.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </div>
      <div className="grid-col-12 tablet:grid-col-auto">
        <label className="usa-label" htmlFor="filter-agency">
          Agency
        </label>
        <select className="usa-select" id="filter-agency" name="agency" defaultValue={query.agency ?? ""}>
          <option value="">All agencies</option>
          {agencies.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
      </div>
      <div className="grid-col-12 tablet:grid-col-auto">
        <label className="usa-label" htmlFor="filter-level">
          Overall level
        </label>
        <select className="usa-select" id="filter-level" name="level" defaultValue={query.level ?? ""}>
          <option value="">Any level</option>
          {levelNames.map((n, i) => (
            <option key={n} value={i + 1}>
              {i + 1} · {n}
            </option>
          ))}
        </select>
      </div>
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
