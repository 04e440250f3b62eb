import type { Metadata } from "next";
import Link from "next/link";
import { OutcomesScatterLazy } from "@/components/charts";
import { PortfolioViews } from "@/components/portfolio/views-nav";
import { Row, Table } from "@/components/uswds/table";
import { requireActor } from "@/lib/auth/session";
import { getPortfolioOutcomes } from "@/lib/data-access/outcomes";
import { shareText, TRUST_QUARTERS } from "@/lib/outcomes/shares";
import { portfolioQuerySchema } from "@/lib/validation/portfolio";

export const metadata: Metadata = { title: "Maturity and trust" };

export default async function PortfolioOutcomesPage({ searchParams }: PageProps<"/portfolio/outcomes">) {
  const actor = await requireActor();
  const query = portfolioQuerySchema.parse(await searchParams);
  const programs = await getPortfolioOutcomes(actor, query.agency);
  const both = programs.flatMap((p) => (p.score !== null && p.trust.share !== null ? [{ ...p, score: p.score, trust: p.trust.share, quarters: p.trust.quarters }] : []));
  const title = "Programs by maturity score (latest accepted) and trust score (positive answers, latest year of results)";
  return (
    <>
      <h1>Maturity and trust</h1>
      <p className="usa-intro">
        {both.length} of {programs.length} program{programs.length === 1 ? "" : "s"} {both.length === 1 ? "has" : "have"} both an accepted assessment and customer-survey results. Each one&rsquo;s overall maturity score stands against its
        trust score: the share of positive answers to A-11&rsquo;s trust question over its latest {TRUST_QUARTERS} quarters of results.
      </p>
      <p>
        <strong>Association, not cause.</strong> Programs that score higher may also be trusted more, or not; this view cannot say that one makes the other. Services, customers and
        survey methods differ between programs.
      </p>
      <PortfolioViews current="/portfolio/outcomes" query={{ agency: query.agency }} />
      {query.agency && (
        <p>
          One agency shown. <Link href="/portfolio/outcomes">Show every agency</Link>
        </p>
      )}
      {both.length > 0 && <OutcomesScatterLazy title={title} dots={both.map((p) => ({ name: p.name, score: p.score, trust: Math.round(p.trust * 100) }))} />}
      {both.length > 0 && (
        <Table caption={title} columns={["Program", "Agency", "Maturity score", "Level", "Trust", "Quarters of results"]}>
          {both.map((p) => (
            <Row key={p.id} header={p.name} cells={[p.agency, `${p.score} (${p.cycle})`, p.level ?? "–", shareText(p.trust), p.quarters]} />
          ))}
        </Table>
      )}
    </>
  );
}
