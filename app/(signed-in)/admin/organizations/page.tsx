import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/action-form";
import { AdminHeading } from "@/components/admin/admin-heading";
import { AgencySection } from "@/components/admin/agency-section";
import { Pager } from "@/components/pager";
import { SearchForm } from "@/components/search-form";
import { SelectField } from "@/components/uswds/select-field";
import { TextareaField } from "@/components/uswds/textarea-field";
import { TextField } from "@/components/uswds/text-field";
import { createAgencyAction, createProgramAction } from "@/lib/actions/admin";
import { requireActor } from "@/lib/auth/session";
import { listOrganizations } from "@/lib/data-access/admin-organizations";
import { scopeOptions } from "@/lib/data-access/admin-users";
import { listQuerySchema } from "@/lib/validation/admin";

export const metadata: Metadata = { title: "Agencies and programs" };

export default async function OrganizationsPage({ searchParams }: PageProps<"/admin/organizations">) {
  const actor = await requireActor();
  const query = listQuerySchema.parse(await searchParams);
  const [{ agencies, total, pageSize }, allAgencies] = await Promise.all([listOrganizations(actor, query), scopeOptions(actor)]);
  return (
    <>
      <AdminHeading title="Agencies and programs" current="/admin/organizations" />
      <p>
        <Link href="/admin/organizations/import">Import programs from a CSV file</Link>
      </p>
      <SearchForm label="Search agencies and programs" value={query.q} />
      {agencies.map((a) => (
        <AgencySection key={a.id} agency={a} />
      ))}
      <Pager page={query.page} pageSize={pageSize} total={total} params={{ q: query.q }} />

      <div className="grid-row grid-gap-4">
        <div className="tablet:grid-col-6">
          <h2>New agency</h2>
          <ActionForm action={createAgencyAction} submitLabel="Create agency" className="usa-form">
            <TextField id="agency-name" name="name" label="Name" />
            <TextField id="agency-abbreviation" name="abbreviation" label="Abbreviation" />
          </ActionForm>
        </div>
        <div className="tablet:grid-col-6">
          <h2>New program</h2>
          <ActionForm action={createProgramAction} submitLabel="Create program" className="usa-form">
            <SelectField id="program-agency" name="agencyId" label="Agency" defaultValue="" placeholder="Choose an agency" options={allAgencies.map((a) => ({ value: a.id, label: a.name }))} />
            <TextField id="program-name" name="name" label="Program name" />
            <TextareaField id="program-description" name="description" label="Description (optional)" />
          </ActionForm>
        </div>
      </div>
    </>
  );
}
