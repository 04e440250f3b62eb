"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { addPlanAction, removePlanAction, savePlanAction, savePlanNarrative, signOffPlan, startNewPlanVersion, startPlan } from "@/lib/data-access/action-plans";
import {
  addPlanActionSchema,
  newPlanVersionSchema,
  planActionSchema,
  planNarrativeSchema,
  removePlanActionSchema,
  signOffPlanSchema,
  startPlanSchema,
} from "@/lib/validation/action-plans";
import type { FormState } from "@/lib/validation/form-state";
import type { Result } from "@/lib/validation/result";
import { formFields, parseForm } from "./form";

const refused = (result: Result<unknown> & { ok: false }): FormState => ({ message: result.message, fieldErrors: result.fieldErrors });

export async function startPlanAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const form = await parseForm(startPlanSchema, formFields(formData, "programId", "fiscalYear"));
  if (!form.ok) return form.state;
  const result = await startPlan(form.actor, form.data);
  if (!result.ok) return refused(result);
  revalidatePath("/", "layout");
  redirect(`/action-plans/${result.value.planId}`);
}

export async function savePlanNarrativeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const form = await parseForm(planNarrativeSchema, formFields(formData, "planId", "expectedVersion", "delivered", "planned"));
  if (!form.ok) return form.state;
  const result = await savePlanNarrative(form.actor, form.data);
  revalidatePath("/", "layout");
  return result.ok ? { done: "Saved." } : refused(result);
}

export async function addPlanActionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const form = await parseForm(addPlanActionSchema, formFields(formData, "planId", "disciplineKey"));
  if (!form.ok) return form.state;
  const result = await addPlanAction(form.actor, form.data);
  if (!result.ok) return refused(result);
  revalidatePath("/", "layout");
  redirect(`/action-plans/${form.data.planId}/actions/${result.value.actionId}`);
}

export async function savePlanActionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const form = await parseForm(planActionSchema, {
    ...formFields(formData, "actionId", "expectedVersion", "title", "measure", "baselineValue", "targetValue", "unit", "startOn", "dueOn", "ownerName", "expectedLevel"),
    practiceKeys: formData.getAll("practiceKeys"),
    notPlanned: formData.get("notPlanned") ?? "",
    notPlannedReason: formData.get("notPlannedReason") ?? "",
  });
  if (!form.ok) return form.state;
  const result = await savePlanAction(form.actor, form.data);
  if (!result.ok) return refused(result);
  revalidatePath("/", "layout");
  redirect(`/action-plans/${result.value.planId}?saved=1`);
}

export async function removePlanActionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const form = await parseForm(removePlanActionSchema, formFields(formData, "actionId", "expectedVersion"));
  if (!form.ok) return form.state;
  const result = await removePlanAction(form.actor, form.data);
  if (!result.ok) return refused(result);
  revalidatePath("/", "layout");
  redirect(`/action-plans/${result.value.planId}?removed=1`);
}

export async function signOffPlanAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const form = await parseForm(signOffPlanSchema, formFields(formData, "planId", "expectedVersion"));
  if (!form.ok) return form.state;
  const result = await signOffPlan(form.actor, form.data);
  if (!result.ok) return refused(result);
  revalidatePath("/", "layout");
  // Signed off, the form is gone from the page: the page says it was done.
  redirect(`/action-plans/${form.data.planId}?signed=1`);
}

export async function startNewPlanVersionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const form = await parseForm(newPlanVersionSchema, formFields(formData, "planId"));
  if (!form.ok) return form.state;
  const result = await startNewPlanVersion(form.actor, form.data);
  if (!result.ok) return refused(result);
  revalidatePath("/", "layout");
  redirect(`/action-plans/${result.value.planId}`);
}
