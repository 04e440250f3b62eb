import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton, ActionForm } from "@/components/action-form";
import { PlanActionsTable } from "@/components/action-plans/plan-actions-table";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { Alert } from "@/components/uswds/alert";
import { HiddenFields } from "@/components/uswds/hidden-fields";
import { TextareaField } from "@/components/uswds/textarea-field";
import { addPlanActionAction, savePlanNarrativeAction, signOffPlanAction, startNewPlanVersionAction } from "@/lib/actions/action-plans";
import { requireActor } from "@/lib/auth/session";
import { getPlan } from "@/lib/data-access/action-plans";
import { formatTimestamp } from "@/lib/format";

export const metadata: Metadata = { title: "Action plan" };

export default async function ActionPlanPage({ params, searchParams }: PageProps<"/action-plans/[planId]">) {
  const actor = await requireActor();
  const p = await getPlan(actor, (await params).planId);
  const search = await searchParams;
  const { plan } = p;
  const exports = `/action-plans/${plan.id}/export/plan`;
  return (
    <>
      <Breadcrumbs
        trail={[
          { href: `/programs/${plan.program.id}`, label: plan.program.name },
          { href: `/programs/${plan.program.id}/action-plans`, label: "Action plans" },
        ]}
        current={plan.label}
      />
      <p className="margin-bottom-0 text-base">{plan.program.agency.name}</p>
      <h1 className="margin-top-1">
        {plan.program.name}: {plan.label}
      </h1>
      {search.saved && (
        <Alert type="success" slim role="status">
          Action saved.
        </Alert>
      )}
      {search.signed && plan.status === "SIGNED_OFF" && (
        <Alert type="success" slim role="status">
          Signed off. The plan is locked; start a new version to change it.
        </Alert>
      )}
      {search.removed && (
        <Alert type="success" slim role="status">
          Action removed.
        </Alert>
      )}
      {plan.status === "SIGNED_OFF" ? (
        <Alert type="info" slim>
          Signed off by {plan.signedOffBy?.name ?? "the agency's CCO"} on {formatTimestamp(plan.signedOffAt!)}. It is locked
          {p.newerVersion ? (
            <>
              : version {p.newerVersion.number} is <Link href={`/action-plans/${p.newerVersion.id}`}>the latest</Link>.
            </>
          ) : (
            "; start a new version to change it."
          )}
        </Alert>
      ) : p.problems.length === 0 ? (
        <Alert type="success" slim>
          Complete: every action has a measure, a target value, a time frame and an owner. It waits for the agency&rsquo;s CCO to sign it off.
        </Alert>
      ) : (
        <Alert type="warning" heading="Not complete yet" list={p.problems}>
          A plan is signed off once every action has a measure, a target value, a time frame and an owner, or the reason it is not planned.
        </Alert>
      )}

      <h2>Actions</h2>
      {p.actions.length === 0 ? (
        <p>No actions yet.</p>
      ) : (
        <PlanActionsTable caption={`Actions of the ${plan.label}`} actions={p.actions} editHref={p.canEdit ? (id) => `/action-plans/${plan.id}/actions/${id}` : undefined} />
      )}
      {p.canEdit && (
        <section aria-labelledby="add-action">
          <h3 id="add-action">Add an action for a gap</h3>
          {p.gaps.gaps.length === 0 ? (
            <p>{p.gaps.cycleName ? `No discipline is below its target in the ${p.gaps.cycleName} results.` : "The program has no accepted assessment yet: its gaps come from one."}</p>
          ) : (
            <>
              <p>From the {p.gaps.cycleName} results, largest gap first. The action is expected to reach the target level; change anything on the next page.</p>
              <ul className="usa-list usa-list--unstyled">
                {p.gaps.gaps.map((g) => (
                  <li key={g.key} className="margin-bottom-1">
                    <ActionButton action={addPlanActionAction} values={{ planId: plan.id, disciplineKey: g.key }}>
                      {`Add an action: ${g.name}, level ${g.current ?? "not scored"} to ${g.target}`}
                    </ActionButton>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}

      <h2>The year in A-11&rsquo;s words</h2>
      {p.canEdit ? (
        <ActionForm action={savePlanNarrativeAction} submitLabel="Save" resetOnDone={false}>
          <HiddenFields values={{ planId: plan.id, expectedVersion: plan.version }} />
          <TextareaField id="plan-delivered" name="delivered" label="Delivered in the past year" defaultValue={plan.delivered} />
          <TextareaField id="plan-planned" name="planned" label="Planned for the next year" defaultValue={plan.planned} />
        </ActionForm>
      ) : (
        <>
          <h3>Delivered in the past year</h3>
          <p className="written-text">{plan.delivered || "Nothing recorded."}</p>
          <h3>Planned for the next year</h3>
          <p className="written-text">{plan.planned || "Nothing recorded."}</p>
        </>
      )}

      {p.canSignOff && (
        <section aria-labelledby="sign-off" className="margin-top-4">
          <h2 id="sign-off">Sign off</h2>
          <p>Signing off locks this version of the plan. It is refused while the plan is not complete.</p>
          <ActionForm action={signOffPlanAction} submitLabel="Sign off the plan" className="">
            <HiddenFields values={{ planId: plan.id, expectedVersion: plan.version }} />
          </ActionForm>
        </section>
      )}
      {p.canStartNewVersion && (
        <section aria-labelledby="new-version" className="margin-top-4">
          <h2 id="new-version">Change the plan</h2>
          <p>A new version starts from this one, as a draft; this version stays as it was signed.</p>
          <ActionButton action={startNewPlanVersionAction} values={{ planId: plan.id }}>
            Start version {plan.number + 1}
          </ActionButton>
        </section>
      )}

      <h2>Download</h2>
      <ul className="usa-list">
        <li>
          <a href={`${exports}.csv`}>The actions as CSV</a>
        </li>
        <li>
          <a href={`${exports}.docx`}>The plan as a Word document</a>
        </li>
        <li>
          <a href={`${exports}.json`}>The plan as JSON in GSA Touchpoints&rsquo; layout</a>
        </li>
      </ul>
    </>
  );
}
