import type { Metadata } from "next";
import { PortfolioFilters } from "@/components/portfolio/filters";
import { PortfolioViews } from "@/components/portfolio/views-nav";
import { WeakestPractices } from "@/components/portfolio/weakest-practices";
import { requireActor } from "@/lib/auth/session";
import { getPortfolioOptions } from "@/lib/data-access/portfolio";
import { getWeakestPractices } from "@/lib/data-access/weakest-practices";
import { portfolioQuerySchema } from "@/lib/validation/portfolio";

export const metadata: Metadata = { title: "Weakest practices" };

export default async function WeakestPracticesPage({ searchParams }: PageProps<"/portfolio/practices">) {
  const actor = await requireActor();
  const query = portfolioQuerySchema.parse(await searchParams);
  const [options, practices] = await Promise.all([getPortfolioOptions(actor), getWeakestPractices(actor, query)]);
  return (
    <>
      <h1>Weakest practices</h1>
      <p className="usa-intro">
        Where government-wide help (training, shared services) would reach the most programs: the practices with the lowest median level across the programs
        these filters show, then the most programs below their target.
      </p>
      <PortfolioViews current="/portfolio/practices" query={query} />
      <PortfolioFilters action="/portfolio/practices" query={query} agencies={options.agencies} cycles={options.cycles} levelNames={options.levelNames} />
      {practices.length === 0 ? <p>No program these filters show has an accepted assessment with answered practices.</p> : <WeakestPractices practices={practices} levelNames={options.levelNames} />}
    </>
  );
}
