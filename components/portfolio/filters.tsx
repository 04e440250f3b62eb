"use client";

// A client component for its payload, not for behaviour (docs/decisions/0009): the agencies' options
// travel once as HTML and once as a list of names and ids, not twice as markup.
import { FilterBar, FilterSelect } from "../filter-bar";
import { levelLabel } from "../uswds/level-tag";
import { HiddenFields } from "../uswds/hidden-fields";
import { RadioGroup } from "../uswds/radio-group";
import type { PortfolioQuery } from "@/lib/validation/portfolio";

/** The portfolio's filters, for the view at `action`; the sort order is kept, and a view's own fields come as children. */
export function PortfolioFilters({
  action = "/portfolio",
  query,
  agencies,
  cycles,
  levelNames,
  children,
}: {
  action?: string;
  query: PortfolioQuery;
  agencies: { id: string; name: string }[];
  cycles: string[];
  levelNames: string[];
  children?: React.ReactNode;
}) {
  return (
    <FilterBar action={action} label="Portfolio filters" selection={query} actionsClassName="grid-col-12 tablet:grid-col-auto">
      <HiddenFields values={{ sort: query.sort, dir: query.dir }} />
      <FilterChoice name="view" legend="Show" value={query.view} options={{ latest: "Latest accepted", baseline: "Baselines" }} />
      <FilterChoice name="levels" legend="Levels" value={query.levels} options={{ validated: "Validated", "self-reported": "Self-reported" }} />
      <FilterSelect id="filter-cycle" name="cycle" label="Cycle" anyLabel="Any cycle" value={query.cycle} options={cycles.map((c) => ({ value: c, label: c }))} />
      <FilterSelect id="filter-agency" name="agency" label="Agency" anyLabel="All agencies" value={query.agency} options={agencies.map((a) => ({ value: a.id, label: a.name }))} />
      <FilterSelect
        id="filter-level"
        name="level"
        label="Overall level"
        anyLabel="Any level"
        value={query.level}
        options={levelNames.map((_, i) => ({ value: i + 1, label: levelLabel(i + 1, levelNames) }))}
      />
      {children}
    </FilterBar>
  );
}

/** One of the bar's inline radio questions: its options by value. */
export function FilterChoice({ name, legend, value, options }: { name: string; legend: string; value: string; options: Record<string, string> }) {
  return (
    <RadioGroup
      name={name}
      legend={legend}
      inline
      className="grid-col-12 tablet:grid-col-auto"
      legendClassName="margin-top-0"
      defaultValue={value}
      options={Object.entries(options).map(([v, label]) => ({ id: `${name}-${v}`, value: v, label }))}
    />
  );
}
