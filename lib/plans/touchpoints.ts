// A plan in the field layout of GSA Touchpoints' CX action plans: its `cx_action_plans` table
// (service_provider_id, year, delivered_current_year, to_deliver_next_year) as its
// CxActionPlanSerializer writes it, JSON:API with keys unaltered. A program is the service
// provider, its agency the organization. Touchpoints keeps the plan as text; the measurable actions
// are written into "to deliver next year" and, structured, in JSON:API's `meta`.
import type { PlanActionContent } from "./action";
import { measurableTarget, timeFrame } from "./wording";

export type TouchpointsPlanInput = {
  id: string;
  fiscalYear: number;
  number: number;
  status: "DRAFT" | "SIGNED_OFF";
  signedOffAt: string | null;
  delivered: string;
  planned: string;
  agency: { id: string; name: string };
  program: { id: string; name: string };
  /** `practices`: the practices' keys, stable across model versions. */
  actions: (PlanActionContent & { discipline: string; practices: string[] })[];
};

/** One line per action, as "to deliver next year" lists them. */
function actionLine(a: TouchpointsPlanInput["actions"][number]): string {
  if (a.notPlanned) return `- ${a.title} (${a.discipline}): not planned. ${a.notPlannedReason}`;
  const parts = [measurableTarget(a), timeFrame(a), a.ownerName && `owner: ${a.ownerName}`, a.expectedLevel !== null && `expected level ${a.expectedLevel}`].filter(Boolean);
  return `- ${a.title} (${a.discipline})${parts.length ? `: ${parts.join("; ")}` : ""}`;
}

export function touchpointsActionPlan(plan: TouchpointsPlanInput) {
  const toDeliver = [plan.planned.trim(), plan.actions.length ? `Actions:\n${plan.actions.map(actionLine).join("\n")}` : ""].filter(Boolean).join("\n\n");
  return {
    data: {
      id: plan.id,
      type: "cx_action_plans",
      attributes: {
        id: plan.id,
        organization_id: plan.agency.id,
        organization_name: plan.agency.name,
        service_provider_id: plan.program.id,
        service_provider_name: plan.program.name,
        year: plan.fiscalYear,
        delivered_current_year: plan.delivered,
        to_deliver_next_year: toDeliver,
        services: [],
      },
    },
    meta: {
      source: "CX Maturity Assessment",
      plan_version: plan.number,
      status: plan.status === "SIGNED_OFF" ? "signed_off" : "draft",
      signed_off_at: plan.signedOffAt,
      actions: plan.actions.map((a) => ({
        title: a.title,
        discipline: a.discipline,
        practices: a.practices,
        measure: a.measure,
        baseline_value: a.baselineValue,
        target_value: a.targetValue,
        unit: a.unit,
        start_on: a.startOn,
        due_on: a.dueOn,
        owner: a.ownerName,
        expected_level: a.expectedLevel,
        not_planned: a.notPlanned,
        not_planned_reason: a.notPlannedReason,
      })),
    },
  };
}
