import type { Metadata } from "next";
import { ActionForm } from "@/components/action-form";
import { AdminNav } from "@/components/admin-nav";
import { ImportModelForm } from "@/components/import-model-form";
import { setCurrentModelAction } from "@/lib/actions/admin";
import { requireActor } from "@/lib/auth/session";
import { listModelVersions } from "@/lib/data-access/models";

export const metadata: Metadata = { title: "Maturity model" };

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

export default async function AdminModelPage() {
  const actor = await requireActor();
  const versions = await listModelVersions(actor);
  return (
    <>
      <h1>Maturity model</h1>
      <AdminNav current="/admin/model" />
      <p className="usa-intro">Assessments keep the model version they were started on, so earlier baselines stay comparable.</p>
      <table className="usa-table usa-table--borderless">
        <caption>Model versions, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">Name</th>
            <th scope="col">In use for new assessments</th>
            <th scope="col">Disciplines</th>
            <th scope="col">Practices</th>
            <th scope="col">Assessments</th>
            <th scope="col">Added</th>
            <th scope="col">Export</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={v.version}>
              <th scope="row">{v.version}</th>
              <td>{v.name}</td>
              <td>
                {v.isCurrent ? (
                  "Yes"
                ) : (
                  <ActionForm action={setCurrentModelAction} submitLabel={<>Use for new assessments<span className="usa-sr-only"> (version {v.version})</span></>} className="" buttonClassName="usa-button usa-button--outline">
                    <input type="hidden" name="version" value={v.version} />
                  </ActionForm>
                )}
              </td>
              <td>{v.disciplines}</td>
              <td>{v.practices}</td>
              <td>{v.assessments}</td>
              <td>{dateFormat.format(v.createdAt)}</td>
              <td>
                <a href={`/admin/model/${v.version}/export`} download>
                  JSON<span className="usa-sr-only"> of version {v.version}</span>
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Import a new version</h2>
      <ImportModelForm />
    </>
  );
}
