"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { reviewAssessment } from "@/lib/data-access/reviews";
import type { FormState } from "@/lib/validation/form-state";
import { reviewSchema } from "@/lib/validation/reviews";
import { parseForm } from "./form";

export async function reviewAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const form = await parseForm(reviewSchema, {
    assessmentId: formData.get("assessmentId"),
    decision: formData.get("decision"),
    comment: formData.get("comment") ?? "",
    expectedVersion: formData.get("expectedVersion"),
    // One field per practice, "practice-<id>", the comment on it.
    practiceComments: [...formData.entries()].flatMap(([name, value]) => (name.startsWith("practice-") ? [{ practiceId: name.slice("practice-".length), comment: value }] : [])),
    // One choice per practice, "validated-<id>", and its reason, "reason-<id>".
    validations: [...formData.entries()].flatMap(([name, value]) =>
      name.startsWith("validated-") ? [{ practiceId: name.slice("validated-".length), choice: value, reason: formData.get(`reason-${name.slice("validated-".length)}`) ?? "" }] : [],
    ),
  });
  if (!form.ok) return form.state;
  const result = await reviewAssessment(form.actor, form.data);
  if (!result.ok) return { message: result.message, fieldErrors: result.fieldErrors };
  revalidatePath("/council", "layout");
  redirect(`/council/review/${form.data.assessmentId}?decided=${result.value.status.toLowerCase()}`);
}
