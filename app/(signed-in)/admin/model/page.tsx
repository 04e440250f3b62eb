import type { Metadata } from "next";
import { ActionButton } from "@/components/action-form";
import { AdminHeading } from "@/components/admin/admin-heading";
import { ImportModelForm } from "@/components/admin/import-model-form";
import { Row, Table } from "@/components/uswds/table";
import { setCurrentModelAction } from "@/lib/actions/admin";
import { requireActor } from "@/lib/auth/session";
import { listModelVersions } from "@/lib/data-access/models";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "Maturity model" };

export default async function AdminModelPage() {
  const actor = await requireActor();
  const versions = await listModelVersions(actor);
  return (
    <>
      <AdminHeading title="Maturity model" current="/admin/model" intro="Assessments keep the model version they were started on, so earlier baselines stay comparable." />
      <Table caption="Model versions, newest first" columns={["Version", "Name", "In use for new assessments", "Disciplines", "Practices", "Assessments", "Added", "Export"]} fit>
        {versions.map((v) => (
          <Row
            key={v.version}
            header={v.version}
            cells={[
              v.name,
              v.isCurrent ? (
                "Yes"
              ) : (
                <ActionButton action={setCurrentModelAction} values={{ version: v.version }}>
                  Use for new assessments<span className="usa-sr-only"> (version {v.version})</span>
                </ActionButton>
              ),
              v.disciplines,
              v.practices,
              v.assessments,
              formatDate(v.createdAt),
              <a key="export" href={`/admin/model/${v.version}/export`} download>
                JSON<span className="usa-sr-only"> of version {v.version}</span>
              </a>,
            ]}
          />
        ))}
      </Table>
      <h2>Import a new version</h2>
      <ImportModelForm />
    </>
  );
}
