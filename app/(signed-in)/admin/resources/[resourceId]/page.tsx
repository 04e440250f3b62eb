import type { Metadata } from "next";
import { ActionForm } from "@/components/action-form";
import { AdminNav } from "@/components/admin-nav";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { ResourceFields } from "@/components/resource-fields";
import { setResourceMappingAction, setResourceRetiredAction, updateResourceAction } from "@/lib/actions/admin-resources";
import { requireActor } from "@/lib/auth/session";
import { getResourceForAdmin } from "@/lib/data-access/admin-resources";

export const metadata: Metadata = { title: "Toolkit resource" };

export default async function ResourcePage({ params }: { params: Promise<{ resourceId: string }> }) {
  const actor = await requireActor();
  const resource = await getResourceForAdmin(actor, (await params).resourceId);
  const { recommendedIn } = resource;
  return (
    <>
      <Breadcrumbs trail={[{ href: "/admin/resources", label: "Toolkit resources" }]} current={resource.title} />
      <h1>{resource.title}</h1>
      <AdminNav current="/admin/resources" />
      <p className="usa-intro">
        <a href={resource.url} className="usa-link" rel="noreferrer">
          {resource.url}
        </a>{" "}
        · {resource.retiredAt ? "Retired: no gap recommends it" : "In use"}
      </p>

      <h2>Recommended in these gaps</h2>
      <p>A gap lists up to six resources: those mapped to its practices first, then those mapped to its discipline, in toolkit order.</p>
      {resource.retiredAt && <p>While the resource is retired, none of these gaps recommends it. Restore it to list it again.</p>}
      {recommendedIn.disciplines.length === 0 && recommendedIn.practices.length === 0 ? (
        <p>No gap in the current maturity model recommends this resource. Map it to disciplines or practices below.</p>
      ) : (
        <>
          <h3>Any gap in these disciplines</h3>
          {recommendedIn.disciplines.length === 0 ? (
            <p>None.</p>
          ) : (
            <ul className="usa-list">
              {recommendedIn.disciplines.map((d) => (
                <li key={d.key}>{d.name}</li>
              ))}
            </ul>
          )}
          <h3>Gaps in these practices, most specific first</h3>
          {recommendedIn.practices.length === 0 ? (
            <p>None.</p>
          ) : (
            <ol className="usa-list">
              {recommendedIn.practices.map((p) => (
                <li key={p.key}>
                  {p.title} <span className="text-base-dark">({p.disciplineName})</span>
                </li>
              ))}
            </ol>
          )}
        </>
      )}
      {resource.otherKeys.length > 0 && (
        <p>
          Also mapped to keys the current model does not have: {resource.otherKeys.join(", ")}. They recommend nothing now, and saving the mapping below removes
          them.
        </p>
      )}

      <h2>Details</h2>
      <ActionForm action={updateResourceAction} submitLabel="Save details">
        <input type="hidden" name="resourceId" value={resource.id} />
        <ResourceFields id="resource" values={resource} />
      </ActionForm>

      <h2>Gaps it helps with</h2>
      <ActionForm action={setResourceMappingAction} submitLabel="Save mapping">
        <input type="hidden" name="resourceId" value={resource.id} />
        {resource.practiceKeys.map((k) => (
          <input key={k} type="hidden" name="currentOrder" value={k} />
        ))}
        <fieldset className="usa-fieldset">
          <legend className="usa-legend">Disciplines: recommended for any gap in them</legend>
          {resource.model.map((d) => (
            <div className="usa-checkbox" key={d.key}>
              <input className="usa-checkbox__input" id={`discipline-${d.key}`} type="checkbox" name="disciplineKeys" value={d.key} defaultChecked={resource.disciplineKeys.includes(d.key)} />
              <label className="usa-checkbox__label" htmlFor={`discipline-${d.key}`}>
                {d.name}
              </label>
            </div>
          ))}
        </fieldset>
        <label className="usa-label" htmlFor="resource-practices">
          Practices: recommended first for gaps in them
        </label>
        <span className="usa-hint" id="resource-practices-hint">
          Hold Ctrl (or Cmd) to choose several. Practices already chosen keep their order; new ones follow them.
        </span>
        {/* Keyed by the mapping so a saved mapping shows as chosen: React sets a select's defaults only when it mounts. */}
        <select
          key={resource.practiceKeys.join(" ")}
          className="usa-select height-card-lg"
          id="resource-practices"
          name="practiceKeys"
          multiple
          defaultValue={resource.practiceKeys}
          aria-describedby="resource-practices-hint"
        >
          {resource.model.map((d) => (
            <optgroup key={d.key} label={d.name}>
              {d.practices.map((p) => (
                <option key={p.key} value={p.key}>
                  {p.title}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </ActionForm>

      <h2>Use in recommendations</h2>
      <ActionForm
        action={setResourceRetiredAction}
        submitLabel={resource.retiredAt ? "Restore this resource" : "Retire this resource"}
        className=""
        buttonClassName="usa-button usa-button--secondary"
      >
        <input type="hidden" name="resourceId" value={resource.id} />
        <input type="hidden" name="retired" value={resource.retiredAt ? "false" : "true"} />
      </ActionForm>
    </>
  );
}
