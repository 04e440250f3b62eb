import type { Metadata } from "next";
import { AdminNav } from "@/components/admin-nav";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { ImportProgramsForm } from "@/components/import-programs-form";
import { requireActor } from "@/lib/auth/session";
import { importableAgencies } from "@/lib/data-access/admin-import";

export const metadata: Metadata = { title: "Import programs" };

export default async function ImportProgramsPage() {
  const actor = await requireActor();
  const agencies = await importableAgencies(actor);
  return (
    <>
      <Breadcrumbs trail={[{ href: "/admin/organizations", label: "Agencies and programs" }]} current="Import programs" />
      <h1>Import programs</h1>
      <AdminNav current="/admin/organizations" />
      <p className="usa-intro">Add many programs at once. You see every row before anything is written, and one bad row means nothing is imported.</p>
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
