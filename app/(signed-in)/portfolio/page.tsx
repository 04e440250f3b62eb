import type { Metadata } from "next";
import Link from "next/link";
import { DistributionChartLazy } from "@/components/charts";
import { LevelCell } from "@/components/level-cell";
import { Pager } from "@/components/pager";
import { PortfolioFilters } from "@/components/portfolio-filters";
import { SortHeader } from "@/components/sort-header";
import { requireActor } from "@/lib/auth/session";
import { getPortfolio, PORTFOLIO_PAGE_SIZE } from "@/lib/data-access/portfolio";
import { portfolioQuerySchema } from "@/lib/validation/portfolio";

export const metadata: Metadata = { title: "Portfolio" };

export default async function PortfolioPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireActor();
  const query = portfolioQuerySchema.parse(await searchParams);
  const p = await getPortfolio(actor, query);
  const levelNames = p.levelNames;
  const viewLabel = query.view === "baseline" ? "baselines" : "latest accepted assessments";
  const { page: _page, ...filters } = query;
  const filterParams = Object.fromEntries(Object.entries(filters).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]])));
  const exportQuery = new URLSearchParams(filterParams);
  const busiest = p.distribution
    .map((d) => ({ name: p.disciplines.find((x) => x.key === d.key)?.name ?? d.key, low: d.counts[1] + d.counts[2] }))
    .sort((a, b) => b.low - a.low)[0];
  return (
    <>
      <h1>Portfolio</h1>
      <p className="usa-intro">
        {p.total} program{p.total === 1 ? "" : "s"} by their {viewLabel}
        {query.cycle && query.view === "latest" ? ` in ${query.cycle}` : ""}.
        {p.withoutAccepted > 0 && ` ${p.withoutAccepted} program${p.withoutAccepted === 1 ? " has" : "s have"} no accepted assessment that fits these filters.`}
      </p>
      <PortfolioFilters query={query} agencies={p.agencies} cycles={p.cycles} levelNames={levelNames} />
      <p>
        Download: <a href={`/portfolio/export/portfolio.csv?${exportQuery}`}>portfolio (CSV)</a> ·{" "}
        <a href={`/portfolio/export/portfolio.xlsx?${exportQuery}`}>portfolio (Excel)</a> ·{" "}
        <a href={`/portfolio/export/answers.csv?${exportQuery}`}>raw answers (CSV)</a> ·{" "}
        <a href={`/portfolio/export/answers.xlsx?${exportQuery}`}>raw answers (Excel)</a>
      </p>
      <div className="usa-table-container--scrollable" tabIndex={0} role="region" aria-label="Portfolio heatmap, scrollable">
        <table className="usa-table usa-table--borderless usa-table--compact width-full">
          <caption>
            Attained level per discipline, by program ({viewLabel}). Choose a column heading to sort.
            {p.total > p.entries.length && ` Page ${p.page}: programs ${(p.page - 1) * PORTFOLIO_PAGE_SIZE + 1} to ${(p.page - 1) * PORTFOLIO_PAGE_SIZE + p.entries.length} of ${p.total}.`}
          </caption>
          <thead>
            <tr>
              <SortHeader query={query} sortKey="program" label="Program" />
              <SortHeader query={query} sortKey="agency" label="Agency" />
              <SortHeader query={query} sortKey="overall" label="Overall" />
              {p.disciplines.map((d) => (
                <SortHeader key={d.key} query={query} sortKey={`discipline:${d.key}`} label={d.name} />
              ))}
            </tr>
          </thead>
          <tbody>
            {p.entries.map((e) => (
              <tr key={e.programId}>
                <th scope="row">
                  <Link href={`/assessments/${e.assessmentId}/results`}>{e.program}</Link>
                  <span className="display-block font-body-3xs text-base-dark">{e.cycle}</span>
                </th>
                <td>{e.agency}</td>
                <LevelCell cell={e.overall} levelNames={levelNames} />
                {p.disciplines.map((d) => (
                  <LevelCell key={d.key} cell={e.disciplines[d.key]} levelNames={levelNames} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {p.total > PORTFOLIO_PAGE_SIZE && <Pager page={p.page} pageSize={PORTFOLIO_PAGE_SIZE} total={p.total} params={filterParams} />}

      <h2>How programs are distributed across levels</h2>
      <p>
        {p.total === 0
          ? "No program fits these filters."
          : `Across ${p.total} programs, ${busiest?.name} has the most programs at Reactive or Tactical (${busiest?.low}).`}
      </p>
      <DistributionChartLazy
        title="Number of programs at each level, per discipline"
        levelNames={levelNames}
        data={p.distribution.map((d) => ({ name: p.disciplines.find((x) => x.key === d.key)?.name ?? d.key, ...d.counts }))}
      />
      <table className="usa-table usa-table--borderless">
        <caption>Number of programs at each level, per discipline</caption>
        <thead>
          <tr>
            <th scope="col">Discipline</th>
            {levelNames.map((n, i) => (
              <th key={n} scope="col" className="text-right">
                {i + 1} · {n}
              </th>
            ))}
            <th scope="col" className="text-right">
              Not scored
            </th>
          </tr>
        </thead>
        <tbody>
          {p.distribution.map((d) => (
            <tr key={d.key}>
              <th scope="row">{p.disciplines.find((x) => x.key === d.key)?.name}</th>
              {[1, 2, 3, 4, 5].map((l) => (
                <td key={l} className="text-right">
                  {d.counts[l as 1]}
                </td>
              ))}
              <td className="text-right">{d.counts.unscored}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
