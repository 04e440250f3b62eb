import Link from "next/link";
import { Breadcrumbs } from "../breadcrumbs";

const links = [
  { href: "/admin", label: "Overview" },
  { href: "/admin/organizations", label: "Agencies and programs" },
  { href: "/admin/users", label: "Users" },
  { href: "/admin/cycles", label: "Cycles" },
  { href: "/admin/model", label: "Maturity model" },
  { href: "/admin/resources", label: "Toolkit resources" },
  { href: "/admin/import-assessment", label: "Import an assessment" },
  { href: "/outcomes/import", label: "Import survey results" },
  { href: "/admin/audit", label: "Audit log" },
  { href: "/admin/mail", label: "Outgoing mail" },
];

/**
 * The top of every administration page: the way back up (on a page below a list), the page's
 * heading, the administration's own navigation with the current area marked, and an introduction.
 */
export function AdminHeading({
  title,
  current,
  intro,
  trail,
}: {
  title: string;
  current: string;
  intro?: React.ReactNode;
  /** The list this page is one item of; `current` names the page in the breadcrumb when its title does not. */
  trail?: { href: string; label: string; current?: string };
}) {
  return (
    <>
      {trail && <Breadcrumbs trail={[trail]} current={trail.current ?? title} />}
      <h1>{title}</h1>
      <nav aria-label="Administration" className="margin-bottom-3">
        <ul className="usa-list usa-list--unstyled display-flex flex-wrap">
          {links.map((l) => (
            <li key={l.href} className="margin-right-3">
              <Link href={l.href} aria-current={l.href === current ? "page" : undefined} className={l.href === current ? "text-bold" : undefined}>
                {l.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {intro && <p className="usa-intro">{intro}</p>}
    </>
  );
}
