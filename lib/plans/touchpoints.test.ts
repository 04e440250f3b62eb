import { describe, expect, it } from "vitest";
import { touchpointsActionPlan, type TouchpointsPlanInput } from "./touchpoints";

const action = {
  title: "Survey the top tasks",
  discipline: "Measurement",
  practices: ["measurement-surveys"],
  measure: "Post-transaction survey coverage of top tasks",
  baselineValue: 20,
  targetValue: 80,
  unit: "%",
  startOn: "2026-10-01",
  dueOn: "2027-09-30",
  ownerName: "Ana Lead",
  expectedLevel: 3,
  notPlanned: false,
  notPlannedReason: "",
};
const plan: TouchpointsPlanInput = {
  id: "p1",
  fiscalYear: 2027,
  number: 2,
  status: "SIGNED_OFF",
  signedOffAt: "2026-12-01T15:00:00.000Z",
  delivered: "Launched the feedback survey.",
  planned: "Extend the survey to the contact center.",
  agency: { id: "a1", name: "Department of Examples" },
  program: { id: "s1", name: "Passports" },
  actions: [action, { ...action, title: "Redesign the letters", discipline: "Design", notPlanned: true, notPlannedReason: "Waiting for the FY2028 budget." }],
};

describe("the Touchpoints layout of a plan", () => {
  it("fills cx_action_plans' fields as its serializer names them, in a JSON:API document", () => {
    const json = touchpointsActionPlan(plan);
    expect(json.data).toEqual({
      id: "p1",
      type: "cx_action_plans",
      attributes: {
        id: "p1",
        organization_id: "a1",
        organization_name: "Department of Examples",
        service_provider_id: "s1",
        service_provider_name: "Passports",
        year: 2027,
        delivered_current_year: "Launched the feedback survey.",
        to_deliver_next_year: [
          "Extend the survey to the contact center.",
          "",
          "Actions:",
          "- Survey the top tasks (Measurement): Post-transaction survey coverage of top tasks: 20 % → 80 %; 2026-10-01 to 2027-09-30; owner: Ana Lead; expected level 3",
          "- Redesign the letters (Design): not planned. Waiting for the FY2028 budget.",
        ].join("\n"),
        services: [],
      },
    });
  });

  it("keeps the measurable actions, structured, in meta", () => {
    const { meta } = touchpointsActionPlan(plan);
    expect(meta).toMatchObject({ source: "CX Maturity Assessment", plan_version: 2, status: "signed_off", signed_off_at: "2026-12-01T15:00:00.000Z" });
    expect(meta.actions[0]).toEqual({
      title: "Survey the top tasks",
      discipline: "Measurement",
      practices: ["measurement-surveys"],
      measure: "Post-transaction survey coverage of top tasks",
      baseline_value: 20,
      target_value: 80,
      unit: "%",
      start_on: "2026-10-01",
      due_on: "2027-09-30",
      owner: "Ana Lead",
      expected_level: 3,
      not_planned: false,
      not_planned_reason: "",
    });
  });
});
