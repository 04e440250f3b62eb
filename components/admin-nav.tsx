import Link from "next/link";

const links = [
  { href: "/admin", label: "Overview" },
  { href: "/admin/organizations", label: "Agencies and programs" },
  { href: "/admin/users", label: "Users" },
  { href: "/admin/cycles", label: "Cycles" },
  { href: "/admin/model", label: "Maturity model" },
  { href: "/admin/resources", label: "Toolkit resources" },
  { href: "/admin/audit", label: "Audit log" },
];

export function AdminNav({ current }: { current: string }) {
  return (
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
  );
}
