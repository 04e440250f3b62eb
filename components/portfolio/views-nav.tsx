import Link from "next/link";
import { portfolioHref } from "@/lib/portfolio-links";
import type { PortfolioQuery } from "@/lib/validation/portfolio";

const VIEWS = [
  { path: "/portfolio", label: "Heatmap" },
  { path: "/portfolio/practices", label: "Weakest practices" },
  { path: "/portfolio/movers", label: "Movers" },
  { path: "/portfolio/outcomes", label: "Maturity and trust" },
  { path: "/portfolio/brief", label: "Executive brief" },
] as const;

/** The portfolio's views, each for the same filters; the current one is marked for screen readers too. */
export function PortfolioViews({ current, query }: { current: (typeof VIEWS)[number]["path"]; query: Partial<PortfolioQuery> }) {
  return (
    <nav aria-label="Portfolio views" className="print-hidden margin-bottom-2">
      <ul className="usa-button-group">
        {VIEWS.map((v) => (
          <li key={v.path} className="usa-button-group__item">
            <Link href={portfolioHref(v.path, query)} className={`usa-button${v.path === current ? "" : " usa-button--outline"}`} aria-current={v.path === current ? "page" : undefined}>
              {v.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
