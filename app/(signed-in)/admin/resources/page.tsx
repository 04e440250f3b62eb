import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/action-form";
import { AdminNav } from "@/components/admin-nav";
import { Pager } from "@/components/pager";
import { SearchForm } from "@/components/search-form";
import { ResourceFields } from "@/components/resource-fields";
import { createResourceAction } from "@/lib/actions/admin-resources";
import { requireActor } from "@/lib/auth/session";
import { listResources } from "@/lib/data-access/admin-resources";
import { listQuerySchema } from "@/lib/validation/admin";

export const metadata: Metadata = { title: "Toolkit resources" };

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export default async function ResourcesPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireActor();
  const query = listQuerySchema.parse(await searchParams);
  const { resources, total, pageSize } = await listResources(actor, query);
  return (
    <>
      <h1>Toolkit resources</h1>
      <AdminNav current="/admin/resources" />
      <p className="usa-intro">The CX Toolkit links that results recommend for each gap. Open a resource to edit it, retire it, or choose the gaps it helps with.</p>
      <SearchForm label="Search resources by title, publisher or topic" value={query.q} />
      {resources.length === 0 ? (
        <p>{query.q ? "No resource matches this search." : "No resources yet."}</p>
      ) : (
        <table className="usa-table usa-table--borderless width-full">
          <caption>Resources, in toolkit order</caption>
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Topic</th>
              <th scope="col">Publisher</th>
              <th scope="col">Mapped to</th>
              <th scope="col">State</th>
            </tr>
          </thead>
          <tbody>
            {resources.map((r) => (
              <tr key={r.id}>
                <th scope="row">
                  <Link href={`/admin/resources/${r.id}`}>{r.title}</Link>
                </th>
                <td>
                  {r.topic}
                  {r.subheading && <span className="display-block font-body-2xs">{r.subheading}</span>}
                </td>
                <td>{[r.publisher, r.format].filter(Boolean).join(" · ")}</td>
                <td>
                  {plural(r.disciplineKeys.length, "discipline", "disciplines")}, {plural(r.practices.length, "practice", "practices")}
                </td>
                <td>{r.retiredAt ? <span className="usa-tag">Retired</span> : "In use"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager page={query.page} pageSize={pageSize} total={total} params={{ q: query.q }} />
      <h2>New resource</h2>
      <ActionForm action={createResourceAction} submitLabel="Create resource">
        <ResourceFields id="new-resource" />
      </ActionForm>
    </>
  );
}
