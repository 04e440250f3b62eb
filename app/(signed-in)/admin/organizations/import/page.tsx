import type { Metadata } from "next";
import { AdminHeading } from "@/components/admin/admin-heading";
import { ImportProgramsForm } from "@/components/admin/import-programs-form";
import { requireActor } from "@/lib/auth/session";
import { importableAgencies } from "@/lib/data-access/admin-import";

export const metadata: Metadata = { title: "Import programs" };

export default async function ImportProgramsPage() {
  const actor = await requireActor();
  const agencies = await importableAgencies(actor);
  return (
    <>
      <AdminHeading
        title="Import programs"
        current="/admin/organizations"
        trail={{ href: "/admin/organizations", label: "Agencies and programs" }}
        intro="Add many programs at once. You see every row before anything is written, and one bad row means nothing is imported."
      />
      <details className="margin-bottom-2">
        <summary>Agencies a file can name ({agencies.length})</summary>
        <ul className="usa-list">
          {agencies.map((a) => (
            <li key={a.abbreviation}>
              {a.name} ({a.abbreviation})
            </li>
          ))}
        </ul>
      </details>
      <ImportProgramsForm />
    </>
  );
}
