"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { startAssessment } from "@/lib/data-access/assessments";
import { startAssessmentSchema } from "@/lib/validation/assessments";
import type { FormState } from "@/lib/validation/form-state";
import { parseForm } from "./form";

export async function startAssessmentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const form = await parseForm(startAssessmentSchema, Object.fromEntries(formData));
  if (!form.ok) return form.state;
  const result = await startAssessment(form.actor, form.data);
  if (!result.ok) return { message: result.message, fieldErrors: result.fieldErrors };
  revalidatePath(`/programs/${form.data.programId}`);
  redirect(`/assessments/${result.value.assessmentId}`);
}
