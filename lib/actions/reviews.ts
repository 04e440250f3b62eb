"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { reviewAssessment } from "@/lib/data-access/reviews";
import { fromZodError, type FormState } from "@/lib/validation/form-state";
import { reviewSchema } from "@/lib/validation/reviews";

export async function reviewAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const parsed = reviewSchema.safeParse({
    assessmentId: formData.get("assessmentId"),
    decision: formData.get("decision"),
    comment: formData.get("comment") ?? "",
    expectedVersion: formData.get("expectedVersion"),
  });
  if (!parsed.success) return fromZodError(parsed.error);
  const result = await reviewAssessment(actor, parsed.data);
  if (!result.ok) return { message: result.message };
  revalidatePath("/council", "layout");
  redirect(`/council/review/${parsed.data.assessmentId}?decided=${result.value.status.toLowerCase()}`);
}
