"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { confirmCarriedAnswers, saveAnswer } from "@/lib/data-access/questionnaire";
import type { SaveAnswerResult } from "@/lib/data-access/types";
import { submitAssessment } from "@/lib/data-access/submission";
import { answerSchema, confirmCarriedSchema, disciplinePageSchema, submitSchema } from "@/lib/validation/answers";
import { fromZodError, type FormState } from "@/lib/validation/form-state";
import { formFields, parseForm } from "./form";

/** Autosave of one answer, called by the questionnaire as the user answers. */
export async function saveAnswerAction(input: unknown): Promise<SaveAnswerResult> {
  const actor = await requireActor();
  const parsed = answerSchema.safeParse(input);
  if (!parsed.success) {
    const { fieldErrors } = fromZodError(parsed.error);
    return { ok: false, message: parsed.error.issues.map((i) => i.message).join(". "), fieldErrors };
  }
  return saveAnswer(actor, parsed.data);
}

export type DisciplineFormState = FormState & { conflicts?: string[] };

/**
 * "Save and continue": saves every answered practice of the page (the path for browsers without
 * scripts, and a final save for everyone), then moves on.
 */
export async function saveDisciplineAction(_previous: DisciplineFormState, formData: FormData): Promise<DisciplineFormState> {
  const actor = await requireActor();
  const page = disciplinePageSchema.safeParse({ assessmentId: formData.get("assessmentId"), practiceIds: formData.get("practiceIds"), next: formData.get("next") ?? "" });
  if (!page.success) return fromZodError(page.error);
  const { assessmentId, practiceIds, next } = page.data;
  const fieldErrors: Record<string, string[]> = {};
  const conflicts: string[] = [];
  for (const practiceId of practiceIds) {
    const choice = formData.get(`choice-${practiceId}`);
    if (choice === null) continue; // not answered yet: nothing to save
    const parsed = answerSchema.safeParse({
      assessmentId,
      practiceId,
      choice,
      evidenceNote: formData.get(`note-${practiceId}`) ?? "",
      evidenceLinks: formData.get(`links-${practiceId}`) ?? "",
      expectedVersion: formData.get(`version-${practiceId}`) ?? "0",
    });
    if (!parsed.success) {
      fieldErrors[practiceId] = parsed.error.issues.map((i) => i.message);
      continue;
    }
    const result = await saveAnswer(actor, parsed.data);
    if ("conflict" in result) conflicts.push(practiceId);
    else if (!result.ok) fieldErrors[practiceId] = [result.message];
  }
  revalidatePath(`/assessments/${assessmentId}`, "layout");
  if (Object.keys(fieldErrors).length || conflicts.length) {
    return {
      message: conflicts.length
        ? "Someone else changed some of these answers while you were working. Their answers are shown below; check them and save again."
        : "Some answers could not be saved.",
      fieldErrors,
      conflicts,
    };
  }
  redirect(next.startsWith(`/assessments/${assessmentId}`) ? next : `/assessments/${assessmentId}`);
}

export type SubmitState = FormState;

export async function submitAssessmentAction(_previous: SubmitState, formData: FormData): Promise<SubmitState> {
  const actor = await requireActor();
  const parsed = submitSchema.safeParse({ assessmentId: formData.get("assessmentId"), submitKey: formData.get("submitKey") });
  if (!parsed.success) return fromZodError(parsed.error);
  const result = await submitAssessment(actor, parsed.data);
  if (!result.ok) return { message: result.message };
  revalidatePath(`/assessments/${parsed.data.assessmentId}`, "layout");
  redirect(`/assessments/${parsed.data.assessmentId}/results?submitted=1`);
}

/** "Confirm the answers carried over" at the end of a discipline's page. */
export async function confirmCarriedAnswersAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const form = await parseForm(confirmCarriedSchema, formFields(formData, "assessmentId", "disciplineKey"));
  if (!form.ok) return form.state;
  const result = await confirmCarriedAnswers(form.actor, form.data);
  if (!result.ok) return { message: result.message };
  revalidatePath(`/assessments/${form.data.assessmentId}`, "layout");
  redirect(`/assessments/${form.data.assessmentId}/disciplines/${encodeURIComponent(form.data.disciplineKey)}?confirmed=${result.value.confirmed}`);
}
