import type { ReactNode } from "react";

/** A USWDS tag: a short label beside what it describes ("Archived", a status). */
export function Tag({ className, children }: { className?: string; children: ReactNode }) {
  return <span className={["usa-tag", className].filter(Boolean).join(" ")}>{children}</span>;
}
