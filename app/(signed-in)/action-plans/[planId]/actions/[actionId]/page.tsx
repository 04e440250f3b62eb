import type { Metadata } from "next";
import { ActionForm } from "@/components/action-form";
import { PlanActionForm } from "@/components/action-plans/plan-action-form";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { HiddenFields } from "@/components/uswds/hidden-fields";
import { removePlanActionAction } from "@/lib/actions/action-plans";
import { requireActor } from "@/lib/auth/session";
import { getPlanAction } from "@/lib/data-access/action-plans";

export const metadata: Metadata = { title: "Plan action" };

export default async function PlanActionPage({ params }: PageProps<"/action-plans/[planId]/actions/[actionId]">) {
  const actor = await requireActor();
  const { planId, actionId } = await params;
  const { plan, action, discipline, levels } = await getPlanAction(actor, planId, actionId);
  return (
    <>
      <Breadcrumbs
        trail={[
          { href: `/programs/${plan.program.id}`, label: plan.program.name },
          { href: `/action-plans/${plan.id}`, label: plan.label },
        ]}
        current={action.title}
      />
      <h1>
        {discipline.name}: {action.title}
      </h1>
      <p className="usa-intro">A measurable action: what will be counted, from where to where, between which dates, and who answers for it.</p>
      <PlanActionForm action={action} practices={discipline.practices} levels={levels} />
      <h2 className="margin-top-6">Remove</h2>
      <ActionForm action={removePlanActionAction} submitLabel="Remove this action from the plan" className="" variant="secondary">
        <HiddenFields values={{ actionId: action.id, expectedVersion: action.version }} />
      </ActionForm>
    </>
  );
}
