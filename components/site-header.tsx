import Link from "next/link";
import type { Role } from "@/lib/data-access/types";
import { roleHome, roleLabels, type Actor } from "@/lib/auth/actor";

const areas: Record<Role, { href: string; label: string }[]> = {
  LEAD: [
    { href: "/lead", label: "Your programs" },
    { href: "/my-work", label: "My work" },
  ],
  RESPONDENT: [{ href: "/my-work", label: "My work" }],
  CCO: [
    { href: "/cco", label: "Agency" },
    { href: "/portfolio", label: "Portfolio" },
    { href: "/action-plans", label: "Action plans" },
  ],
  COUNCIL: [
    { href: "/council", label: "Overview" },
    { href: "/portfolio", label: "Portfolio" },
    { href: "/action-plans", label: "Action plans" },
  ],
  ADMIN: [
    { href: "/admin", label: "Administration" },
    { href: "/council", label: "Reviews" },
    { href: "/portfolio", label: "Portfolio" },
    { href: "/action-plans", label: "Action plans" },
  ],
};
import { SignOutButton } from "./sign-out-button";

export function SiteHeader({ actor }: { actor: Actor | null }) {
  return (
    <header className="usa-header usa-header--basic site-header">
      <div className="grid-container display-flex flex-wrap flex-align-center flex-justify padding-y-2">
        <div className="usa-logo margin-y-1">
          <em className="usa-logo__text">
            <Link href={actor ? roleHome[actor.role] : "/"}>CX Maturity Assessment</Link>
          </em>
        </div>
        {actor && (
          <div className="display-flex flex-wrap flex-align-center">
            <p className="margin-y-1 margin-right-2" data-testid="signed-in-as">
              <Link href="/account" className="text-bold">
                {actor.name}
              </Link>
              <span className="display-block font-body-2xs">{roleLabels[actor.role]}</span>
            </p>
            <nav aria-label="Main" className="display-flex flex-align-center flex-wrap">
              {[...areas[actor.role], { href: "/notifications", label: "Notifications" }, { href: "/methodology", label: "Methodology" }].map((a) => (
                <Link key={a.href} href={a.href} className="margin-right-2">
                  {a.label}
                </Link>
              ))}
              <SignOutButton />
            </nav>
          </div>
        )}
      </div>
    </header>
  );
}
