"use server";
import { revalidatePath } from "next/cache";
import { addComment, clearNeedsLook } from "@/lib/data-access/discussion";
import { clearFlagsSchema, commentSchema } from "@/lib/validation/discussion";
import type { FormState } from "@/lib/validation/form-state";
import { formFields, parseForm } from "./form";

export async function addCommentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const form = await parseForm(commentSchema, { ...formFields(formData, "assessmentId", "practiceId", "body"), needsLook: formData.get("needsLook") ?? "" });
  if (!form.ok) return form.state;
  const result = await addComment(form.actor, form.data);
  if (!result.ok) return { message: result.message, fieldErrors: result.fieldErrors };
  revalidatePath(`/assessments/${form.data.assessmentId}`, "layout");
  return { done: "Comment added." };
}

export async function clearNeedsLookAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const form = await parseForm(clearFlagsSchema, formFields(formData, "assessmentId", "practiceId"));
  if (!form.ok) return form.state;
  const result = await clearNeedsLook(form.actor, form.data);
  if (!result.ok) return { message: result.message };
  revalidatePath(`/assessments/${form.data.assessmentId}`, "layout");
  return { done: result.value.cleared === 0 ? "Nothing to clear." : "Cleared: the answer has had its other look." };
}
