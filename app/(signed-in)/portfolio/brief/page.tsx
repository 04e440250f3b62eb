import type { Metadata } from "next";
import { BriefView } from "@/components/portfolio/brief";
import { PortfolioFilters } from "@/components/portfolio/filters";
import { PortfolioViews } from "@/components/portfolio/views-nav";
import { requireActor } from "@/lib/auth/session";
import { briefTitle } from "@/lib/brief";
import { getBrief } from "@/lib/data-access/brief";
import { getPortfolioOptions } from "@/lib/data-access/portfolio";
import { portfolioHref } from "@/lib/portfolio-links";
import { portfolioQuerySchema } from "@/lib/validation/portfolio";

export const metadata: Metadata = { title: "Executive brief" };

export default async function BriefPage({ searchParams }: PageProps<"/portfolio/brief">) {
  const actor = await requireActor();
  const query = portfolioQuerySchema.parse(await searchParams);
  const [options, brief] = await Promise.all([getPortfolioOptions(actor), getBrief(actor, query)]);
  return (
    <div className="brief">
      <h1>{briefTitle(brief)}</h1>
      <PortfolioViews current="/portfolio/brief" query={query} />
      <div className="print-hidden">
        <PortfolioFilters action="/portfolio/brief" query={query} agencies={options.agencies} cycles={options.cycles} levelNames={options.levelNames} />
        <p>
          Download: <a href={portfolioHref("/portfolio/export/brief.pdf", query)}>brief (PDF, one page)</a> ·{" "}
          <a href={portfolioHref("/portfolio/export/brief.docx", query)}>brief (Word, editable)</a>
        </p>
      </div>
      <BriefView brief={brief} levelNames={options.levelNames} />
    </div>
  );
}
