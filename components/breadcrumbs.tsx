import Link from "next/link";

/** The USWDS breadcrumb: the way back up, then where you are. */
export function Breadcrumbs({ trail, current }: { trail: { href: string; label: string }[]; current: string }) {
  return (
    <nav className="usa-breadcrumb" aria-label="Breadcrumbs">
      <ol className="usa-breadcrumb__list">
        {trail.map((t) => (
          <li key={t.href} className="usa-breadcrumb__list-item">
            <Link href={t.href} className="usa-breadcrumb__link">
              <span>{t.label}</span>
            </Link>
          </li>
        ))}
        <li className="usa-breadcrumb__list-item usa-current" aria-current="page">
          <span>{current}</span>
        </li>
      </ol>
    </nav>
  );
}
