"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { startAssessment } from "@/lib/data-access/assessments";
import { startAssessmentSchema } from "@/lib/validation/assessments";
import { fromZodError, type FormState } from "@/lib/validation/form-state";

export async function startAssessmentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const parsed = startAssessmentSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return fromZodError(parsed.error);
  const result = await startAssessment(actor, parsed.data);
  if (!result.ok) return { message: result.message, fieldErrors: result.fieldErrors };
  revalidatePath(`/programs/${parsed.data.programId}`);
  redirect(`/assessments/${result.value.assessmentId}`);
}
