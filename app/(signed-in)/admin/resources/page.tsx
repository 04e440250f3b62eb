import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/action-form";
import { AdminHeading } from "@/components/admin/admin-heading";
import { Pager } from "@/components/pager";
import { ResourceFields } from "@/components/admin/resource-fields";
import { SearchForm } from "@/components/search-form";
import { Row, Table } from "@/components/uswds/table";
import { Tag } from "@/components/uswds/tag";
import { createResourceAction } from "@/lib/actions/admin-resources";
import { requireActor } from "@/lib/auth/session";
import { listResources } from "@/lib/data-access/admin-resources";
import { listQuerySchema } from "@/lib/validation/admin";

export const metadata: Metadata = { title: "Toolkit resources" };

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export default async function ResourcesPage({ searchParams }: PageProps<"/admin/resources">) {
  const actor = await requireActor();
  const query = listQuerySchema.parse(await searchParams);
  const { resources, total, pageSize } = await listResources(actor, query);
  return (
    <>
      <AdminHeading
        title="Toolkit resources"
        current="/admin/resources"
        intro="The CX Toolkit links that results recommend for each gap. Open a resource to edit it, retire it, or choose the gaps it helps with."
      />
      <SearchForm label="Search resources by title, publisher or topic" value={query.q} />
      {resources.length === 0 ? (
        <p>{query.q ? "No resource matches this search." : "No resources yet."}</p>
      ) : (
        <Table caption="Resources, in toolkit order" columns={["Title", "Topic", "Publisher", "Mapped to", "State"]}>
          {resources.map((r) => (
            <Row
              key={r.id}
              header={<Link href={`/admin/resources/${r.id}`}>{r.title}</Link>}
              cells={[
                <>
                  {r.topic}
                  {r.subheading && <span className="display-block font-body-2xs">{r.subheading}</span>}
                </>,
                [r.publisher, r.format].filter(Boolean).join(" · "),
                `${plural(r.disciplineKeys.length, "discipline", "disciplines")}, ${plural(r.practices.length, "practice", "practices")}`,
                r.retiredAt ? <Tag>Retired</Tag> : "In use",
              ]}
            />
          ))}
        </Table>
      )}
      <Pager page={query.page} pageSize={pageSize} total={total} params={{ q: query.q }} />
      <h2>New resource</h2>
      <ActionForm action={createResourceAction} submitLabel="Create resource">
        <ResourceFields id="new-resource" />
      </ActionForm>
    </>
  );
}
