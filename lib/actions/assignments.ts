"use server";
import { revalidatePath } from "next/cache";
import { assignDiscipline } from "@/lib/data-access/assignments";
import { assignSchema } from "@/lib/validation/assignments";
import type { FormState } from "@/lib/validation/form-state";
import { formFields, parseForm } from "./form";

export async function assignDisciplineAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const form = await parseForm(assignSchema, formFields(formData, "assessmentId", "disciplineKey", "userId", "dueOn"));
  if (!form.ok) return form.state;
  const result = await assignDiscipline(form.actor, form.data);
  if (!result.ok) return { message: result.message, fieldErrors: result.fieldErrors };
  revalidatePath(`/assessments/${form.data.assessmentId}`, "layout");
  revalidatePath("/my-work");
  return { done: result.value.assigned ? `Assigned to ${result.value.assigned}.` : "No one is assigned now." };
}
