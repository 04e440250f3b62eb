// The matrix's CX action plan actions (see ../authorization-matrix.ts): a program's leads, its
// agency's CCO and administrators write a draft plan; only the agency's CCO signs it off.
import type { World } from "../authorization-matrix";
import { db, freshProgram, type ActionRow } from "./actions";

//                      anonymous leadA leadB ccoX  ccoY council admin disabled
const plannersOfA    = "in        write 404   write 404  404     write in   404";
const ccoOfA         = "in        404   404   write 404  404     404   in   404";

const COMPLETE = { measure: "Survey coverage", targetValue: 80, unit: "%", startOn: new Date("2026-10-01"), dueOn: new Date("2027-09-30"), ownerName: "Pat Owner" };

/** A plan of a new program of agency X, with one action (complete unless asked), a draft unless signed off. */
async function freshPlan(w: World, { complete = true, signedOff = false } = {}) {
  const programId = await freshProgram(w, "action plan");
  return db().actionPlan.create({
    data: {
      programId,
      fiscalYear: 2027,
      createdById: w.users.leadA.id,
      ...(signedOff ? { status: "SIGNED_OFF" as const, signedOffAt: new Date(), signedOffById: w.users.ccoX.id } : {}),
      actions: { create: { position: 1, disciplineKey: w.model.disciplineKey, title: "Matrix: survey the top tasks", ...(complete ? COMPLETE : {}) } },
    },
    select: { id: true, programId: true, actions: { select: { id: true } } },
  });
}

export const planActionRows: ActionRow[] = [
  {
    action: "lib/actions/action-plans.ts#startPlanAction",
    expect: plannersOfA,
    call: async (w) => {
      const programId = await freshProgram(w, "new plan");
      return {
        page: `/programs/${programId}/action-plans`,
        args: { form: { programId, fiscalYear: "2027" } },
        done: async () => (await db().actionPlan.count({ where: { programId } })) > 0,
      };
    },
  },
  {
    action: "lib/actions/action-plans.ts#savePlanNarrativeAction",
    expect: plannersOfA,
    call: async (w) => {
      const plan = await freshPlan(w);
      return {
        page: `/action-plans/${plan.id}`,
        args: { form: { planId: plan.id, expectedVersion: "1", delivered: "Matrix delivered", planned: "" } },
        done: async () => (await db().actionPlan.findUniqueOrThrow({ where: { id: plan.id } })).delivered === "Matrix delivered",
      };
    },
  },
  {
    action: "lib/actions/action-plans.ts#addPlanActionAction",
    expect: plannersOfA,
    call: async (w) => {
      const plan = await freshPlan(w);
      return {
        page: `/action-plans/${plan.id}`,
        args: { form: { planId: plan.id, disciplineKey: w.model.disciplineKey } },
        done: async () => (await db().planAction.count({ where: { planId: plan.id } })) > 1,
      };
    },
  },
  {
    action: "lib/actions/action-plans.ts#savePlanActionAction",
    expect: plannersOfA,
    call: async (w) => {
      const plan = await freshPlan(w, { complete: false });
      const actionId = plan.actions[0]!.id;
      return {
        page: `/action-plans/${plan.id}/actions/${actionId}`,
        args: {
          form: {
            actionId,
            expectedVersion: "1",
            title: "Matrix: survey the top tasks",
            measure: "Survey coverage",
            baselineValue: "20",
            targetValue: "80",
            unit: "%",
            startOn: "2026-10-01",
            dueOn: "2027-09-30",
            ownerName: "Pat Owner",
            expectedLevel: "3",
            notPlannedReason: "",
          },
        },
        done: async () => (await db().planAction.findUniqueOrThrow({ where: { id: actionId } })).targetValue === 80,
      };
    },
  },
  {
    action: "lib/actions/action-plans.ts#removePlanActionAction",
    expect: plannersOfA,
    call: async (w) => {
      const plan = await freshPlan(w);
      const actionId = plan.actions[0]!.id;
      return {
        page: `/action-plans/${plan.id}/actions/${actionId}`,
        args: { form: { actionId, expectedVersion: "1" } },
        done: async () => (await db().planAction.count({ where: { id: actionId } })) === 0,
      };
    },
  },
  {
    action: "lib/actions/action-plans.ts#signOffPlanAction",
    expect: ccoOfA,
    call: async (w) => {
      const plan = await freshPlan(w);
      return {
        page: `/action-plans/${plan.id}`,
        args: { form: { planId: plan.id, expectedVersion: "1" } },
        done: async () => (await db().actionPlan.findUniqueOrThrow({ where: { id: plan.id } })).status === "SIGNED_OFF",
      };
    },
  },
  {
    action: "lib/actions/action-plans.ts#startNewPlanVersionAction",
    expect: plannersOfA,
    call: async (w) => {
      const plan = await freshPlan(w, { signedOff: true });
      return {
        page: `/action-plans/${plan.id}`,
        args: { form: { planId: plan.id } },
        done: async () => (await db().actionPlan.count({ where: { programId: plan.programId } })) === 2,
      };
    },
  },
];
