import type { Metadata } from "next";
import { ActionButton, ActionForm } from "@/components/action-form";
import { AdminHeading } from "@/components/admin/admin-heading";
import { ResourceRecommendations } from "@/components/admin/resource-recommendations";
import { ResourceFields } from "@/components/admin/resource-fields";
import { CheckboxGroup } from "@/components/uswds/checkbox";
import { HiddenFields } from "@/components/uswds/hidden-fields";
import { SelectField } from "@/components/uswds/select-field";
import { setResourceMappingAction, setResourceRetiredAction, updateResourceAction } from "@/lib/actions/admin-resources";
import { requireActor } from "@/lib/auth/session";
import { getResourceForAdmin } from "@/lib/data-access/admin-resources";

export const metadata: Metadata = { title: "Toolkit resource" };

export default async function ResourcePage({ params }: PageProps<"/admin/resources/[resourceId]">) {
  const actor = await requireActor();
  const resource = await getResourceForAdmin(actor, (await params).resourceId);
  return (
    <>
      <AdminHeading
        title={resource.title}
        current="/admin/resources"
        trail={{ href: "/admin/resources", label: "Toolkit resources" }}
        intro={
          <>
            <a href={resource.url} className="usa-link" rel="noreferrer">
              {resource.url}
            </a>{" "}
            · {resource.retiredAt ? "Retired: no gap recommends it" : "In use"}
          </>
        }
      />

      <ResourceRecommendations recommendedIn={resource.recommendedIn} retired={Boolean(resource.retiredAt)} otherKeys={resource.otherKeys} />

      <h2>Details</h2>
      <ActionForm action={updateResourceAction} submitLabel="Save details">
        <HiddenFields values={{ resourceId: resource.id }} />
        <ResourceFields id="resource" values={resource} />
      </ActionForm>

      <h2>Gaps it helps with</h2>
      <ActionForm action={setResourceMappingAction} submitLabel="Save mapping">
        <HiddenFields values={{ resourceId: resource.id }} />
        {resource.practiceKeys.map((k) => (
          <input key={k} type="hidden" name="currentOrder" value={k} />
        ))}
        <CheckboxGroup
          name="disciplineKeys"
          legend="Disciplines: recommended for any gap in them"
          checked={resource.disciplineKeys}
          options={resource.model.map((d) => ({ id: `discipline-${d.key}`, value: d.key, label: d.name }))}
        />
        {/* Keyed by the mapping so a saved mapping shows as chosen: React sets a select's defaults only when it mounts. */}
        <SelectField
          key={resource.practiceKeys.join(" ")}
          id="resource-practices"
          name="practiceKeys"
          label="Practices: recommended first for gaps in them"
          hint="Hold Ctrl (or Cmd) to choose several. Practices already chosen keep their order; new ones follow them."
          selectClassName="height-card-lg"
          multiple
          defaultValue={resource.practiceKeys}
          groups={resource.model.map((d) => ({ label: d.name, options: d.practices.map((p) => ({ value: p.key, label: p.title })) }))}
        />
      </ActionForm>

      <h2>Use in recommendations</h2>
      <ActionButton action={setResourceRetiredAction} values={{ resourceId: resource.id, retired: resource.retiredAt ? "false" : "true" }} variant="secondary">
        {resource.retiredAt ? "Restore this resource" : "Retire this resource"}
      </ActionButton>
    </>
  );
}
