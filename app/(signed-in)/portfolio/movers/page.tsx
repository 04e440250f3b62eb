import type { Metadata } from "next";
import { MoversTable } from "@/components/portfolio/movers";
import { FilterChoice, PortfolioFilters } from "@/components/portfolio/filters";
import { PortfolioViews } from "@/components/portfolio/views-nav";
import { requireActor } from "@/lib/auth/session";
import { getMovers } from "@/lib/data-access/movers";
import { getPortfolioOptions } from "@/lib/data-access/portfolio";
import { moversQuerySchema } from "@/lib/validation/portfolio";

export const metadata: Metadata = { title: "Movers" };

export default async function MoversPage({ searchParams }: PageProps<"/portfolio/movers">) {
  const actor = await requireActor();
  const query = moversQuerySchema.parse(await searchParams);
  const [options, m] = await Promise.all([getPortfolioOptions(actor), getMovers(actor, query)]);
  const since = query.since === "baseline" ? "their baseline" : "the cycle before";
  return (
    <>
      <h1>Movers</h1>
      <p className="usa-intro">
        The programs whose overall score rose or fell most since {since}. {m.compared} program{m.compared === 1 ? " has" : "s have"} an earlier accepted assessment
        to compare with; {m.risers.length === 0 && m.fallers.length === 0 ? "none of them moved." : "choose a program to see its cycles side by side."}
      </p>
      <PortfolioViews current="/portfolio/movers" query={query} />
      <PortfolioFilters action="/portfolio/movers" query={query} agencies={options.agencies} cycles={options.cycles} levelNames={options.levelNames}>
        <FilterChoice name="since" legend="Change since" value={query.since} options={{ baseline: "Baseline", previous: "Cycle before" }} />
      </PortfolioFilters>
      <h2>Rose most</h2>
      <MoversTable caption={`Programs whose overall score rose most since ${since}`} movers={m.risers} empty="No program's overall score rose." />
      <h2>Fell most</h2>
      <MoversTable caption={`Programs whose overall score fell most since ${since}`} movers={m.fallers} empty="No program's overall score fell." />
    </>
  );
}
