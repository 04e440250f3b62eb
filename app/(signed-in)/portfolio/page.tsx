import type { Metadata } from "next";
import { Pager } from "@/components/pager";
import { CompareForm } from "@/components/portfolio/compare-form";
import { Distribution } from "@/components/portfolio/distribution";
import { DownloadWithProgress } from "@/components/portfolio/download-progress";
import { PortfolioFilters } from "@/components/portfolio/filters";
import { Heatmap } from "@/components/portfolio/heatmap";
import { mixedVersionsText } from "@/lib/model/version-change";
import { PortfolioViews } from "@/components/portfolio/views-nav";
import { requireActor } from "@/lib/auth/session";
import { getPortfolio, PORTFOLIO_PAGE_SIZE } from "@/lib/data-access/portfolio";
import { filterParams as paramsOf } from "@/lib/portfolio-links";
import { portfolioQuerySchema } from "@/lib/validation/portfolio";
import { optimismText } from "@/lib/scoring/validation";

export const metadata: Metadata = { title: "Portfolio" };

export default async function PortfolioPage({ searchParams }: PageProps<"/portfolio">) {
  const actor = await requireActor();
  const query = portfolioQuerySchema.parse(await searchParams);
  const p = await getPortfolio(actor, query);
  const viewLabel = query.view === "baseline" ? "baselines" : "latest accepted assessments";
  const filterParams = paramsOf(query);
  const exportQuery = new URLSearchParams(filterParams);
  const first = (p.page - 1) * PORTFOLIO_PAGE_SIZE + 1;
  const pageNote = p.total > p.entries.length ? ` Page ${p.page}: programs ${first} to ${first + p.entries.length - 1} of ${p.total}.` : "";
  // A data page (app/globals.css): the wide container, and landscape paper when printed.
  const mixed = mixedVersionsText(p.entries.map((e) => e.modelVersion));
  return (
    <div className="data-page portfolio-page">
      <h1>Portfolio</h1>
      <p className="usa-intro">
        {p.total} program{p.total === 1 ? "" : "s"} by their {viewLabel}
        {query.cycle && query.view === "latest" ? ` in ${query.cycle}` : ""}.
        {p.withoutAccepted > 0 && ` ${p.withoutAccepted} program${p.withoutAccepted === 1 ? " has" : "s have"} no accepted assessment that fits these filters.`}
        {query.levels === "self-reported" ? " Levels as the programs reported them." : " Levels as the council validated them."}
      </p>
      <p>
        Optimism: {p.optimism.validatedDifferently === 0
          ? "the council validated every answer of these programs as reported."
          : `the programs’ own overall level is ${optimismText(p.optimism.mean)} on average against the level the council validated (self-reported minus validated); the council validated answers differently for ${p.optimism.validatedDifferently} of ${p.total}.`}
      </p>
      <PortfolioViews current="/portfolio" query={query} />
      <PortfolioFilters query={query} agencies={p.agencies} cycles={p.cycles} levelNames={p.levelNames} />
      <p className="print-hidden">
        Download: <a href={`/portfolio/export/portfolio.csv?${exportQuery}`}>portfolio (CSV)</a> ·{" "}
        <a href={`/portfolio/export/portfolio.xlsx?${exportQuery}`}>portfolio (Excel)</a> ·{" "}
        <a href={`/portfolio/export/answers.csv?${exportQuery}`}>raw answers (CSV)</a> ·{" "}
        <a href={`/portfolio/export/answers.xlsx?${exportQuery}`}>raw answers (Excel)</a>
      </p>
      <DownloadWithProgress
        files={[
          { href: `/portfolio/export/portfolio.csv?${exportQuery}`, label: "Portfolio (CSV)", fallbackName: "cx-portfolio.csv", csv: true },
          { href: `/portfolio/export/portfolio.xlsx?${exportQuery}`, label: "Portfolio (Excel)", fallbackName: "cx-portfolio.xlsx", csv: false },
          { href: `/portfolio/export/answers.csv?${exportQuery}`, label: "Raw answers (CSV)", fallbackName: "cx-answers.csv", csv: true },
          { href: `/portfolio/export/answers.xlsx?${exportQuery}`, label: "Raw answers (Excel)", fallbackName: "cx-answers.xlsx", csv: false },
        ]}
      />
      <CompareForm />
      {mixed && <p className="text-base-dark">{mixed}</p>}
      <Heatmap
        query={query}
        entries={p.entries}
        disciplines={p.disciplines}
        levelNames={p.levelNames}
        caption={`Attained level per discipline, by program (${viewLabel}). Choose a column heading to sort.${pageNote}`}
      />
      {p.total > PORTFOLIO_PAGE_SIZE && <Pager page={p.page} pageSize={PORTFOLIO_PAGE_SIZE} total={p.total} params={filterParams} />}
      <Distribution distribution={p.distribution} disciplines={p.disciplines} levelNames={p.levelNames} total={p.total} />
    </div>
  );
}
