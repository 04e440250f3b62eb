import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/action-form";
import { AdminNav } from "@/components/admin-nav";
import { Pager } from "@/components/pager";
import { SearchForm } from "@/components/search-form";
import { createAgencyAction, createProgramAction, renameAgencyAction, renameProgramAction, toggleAgencyArchiveAction, toggleProgramArchiveAction } from "@/lib/actions/admin";
import { requireActor } from "@/lib/auth/session";
import { listOrganizations } from "@/lib/data-access/admin-organizations";
import { scopeOptions } from "@/lib/data-access/admin-users";
import { listQuerySchema } from "@/lib/validation/admin";

export const metadata: Metadata = { title: "Agencies and programs" };

export default async function OrganizationsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireActor();
  const query = listQuerySchema.parse(await searchParams);
  const [{ agencies, total, pageSize }, allAgencies] = await Promise.all([listOrganizations(actor, query), scopeOptions(actor)]);
  return (
    <>
      <h1>Agencies and programs</h1>
      <AdminNav current="/admin/organizations" />
      <p>
        <Link href="/admin/organizations/import">Import programs from a CSV file</Link>
      </p>
      <SearchForm label="Search agencies and programs" value={query.q} />
      {agencies.map((a) => (
        <section key={a.id} aria-labelledby={`agency-${a.id}`} className="margin-bottom-3">
          <h2 id={`agency-${a.id}`} className="font-heading-md">
            {a.name} ({a.abbreviation}){a.archivedAt && <span className="usa-tag margin-left-1">Archived</span>}
          </h2>
          <div className="display-flex flex-wrap flex-align-end margin-bottom-1" key={`agency-forms:${a.version}`}>
            <ActionForm action={renameAgencyAction} submitLabel={<>Rename<span className="usa-sr-only"> {a.name}</span></>} className="display-flex flex-align-end margin-right-2" buttonClassName="usa-button usa-button--outline margin-left-1">
              <input type="hidden" name="agencyId" value={a.id} />
              <input type="hidden" name="expectedVersion" value={a.version} />
              <label className="usa-sr-only" htmlFor={`rename-agency-${a.id}`}>
                New name for {a.name}
              </label>
              <input className="usa-input margin-top-0" id={`rename-agency-${a.id}`} name="name" defaultValue={a.name} />
            </ActionForm>
            <ActionForm action={toggleAgencyArchiveAction} submitLabel={<>{a.archivedAt ? "Restore" : "Archive with its programs"}<span className="usa-sr-only"> {a.name}</span></>} className="" buttonClassName="usa-button usa-button--outline">
              <input type="hidden" name="agencyId" value={a.id} />
              <input type="hidden" name="expectedVersion" value={a.version} />
            </ActionForm>
          </div>
          {a.programs.length === 0 ? (
            <p>No programs yet.</p>
          ) : (
            <table className="usa-table usa-table--borderless usa-table--compact width-full">
              <caption className="usa-sr-only">Programs of {a.name}</caption>
              <thead>
                <tr>
                  <th scope="col">Program</th>
                  <th scope="col">Rename</th>
                  <th scope="col">Archive</th>
                </tr>
              </thead>
              <tbody>
                {a.programs.map((p) => (
                  <tr key={`${p.id}:${p.version}`}>
                    <th scope="row">
                      {p.name}
                      {p.archivedAt && <span className="usa-tag margin-left-1">Archived</span>}
                    </th>
                    <td>
                      <ActionForm action={renameProgramAction} submitLabel={<>Rename<span className="usa-sr-only"> {p.name}</span></>} className="display-flex flex-align-end" buttonClassName="usa-button usa-button--outline margin-left-1">
                        <input type="hidden" name="programId" value={p.id} />
                        <input type="hidden" name="expectedVersion" value={p.version} />
                        <label className="usa-sr-only" htmlFor={`rename-${p.id}`}>
                          New name for {p.name}
                        </label>
                        <input className="usa-input margin-top-0" id={`rename-${p.id}`} name="name" defaultValue={p.name} />
                      </ActionForm>
                    </td>
                    <td>
                      <ActionForm
                        action={toggleProgramArchiveAction}
                        submitLabel={<>{p.archivedAt ? "Restore" : "Archive"}<span className="usa-sr-only"> {p.name}</span></>}
                        className=""
                        buttonClassName="usa-button usa-button--outline"
                      >
                        <input type="hidden" name="programId" value={p.id} />
                        <input type="hidden" name="expectedVersion" value={p.version} />
                      </ActionForm>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ))}
      <Pager page={query.page} pageSize={pageSize} total={total} params={{ q: query.q }} />

      <div className="grid-row grid-gap-4">
        <div className="tablet:grid-col-6">
          <h2>New agency</h2>
          <ActionForm action={createAgencyAction} submitLabel="Create agency" className="usa-form">
            <label className="usa-label" htmlFor="agency-name">
              Name
            </label>
            <input className="usa-input" id="agency-name" name="name" />
            <label className="usa-label" htmlFor="agency-abbreviation">
              Abbreviation
            </label>
            <input className="usa-input" id="agency-abbreviation" name="abbreviation" />
          </ActionForm>
        </div>
        <div className="tablet:grid-col-6">
          <h2>New program</h2>
          <ActionForm action={createProgramAction} submitLabel="Create program" className="usa-form">
            <label className="usa-label" htmlFor="program-agency">
              Agency
            </label>
            <select className="usa-select" id="program-agency" name="agencyId" defaultValue="">
              <option value="">Choose an agency</option>
              {allAgencies.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
            <label className="usa-label" htmlFor="program-name">
              Program name
            </label>
            <input className="usa-input" id="program-name" name="name" />
            <label className="usa-label" htmlFor="program-description">
              Description (optional)
            </label>
            <textarea className="usa-textarea" id="program-description" name="description" />
          </ActionForm>
        </div>
      </div>
    </>
  );
}
