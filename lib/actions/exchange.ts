"use server";
import { revalidatePath } from "next/cache";
import { importAssessment, type ImportedAssessment } from "@/lib/data-access/exchange";
import type { FormState } from "@/lib/validation/form-state";
import { importAssessmentFormSchema } from "@/lib/validation/exchange";
import { parseForm } from "./form";

export type ImportAssessmentState = FormState & { imported?: ImportedAssessment };

export async function importAssessmentAction(_previous: ImportAssessmentState, formData: FormData): Promise<ImportAssessmentState> {
  const form = await parseForm(importAssessmentFormSchema, { file: formData.get("file") });
  if (!form.ok) return form.state;
  const result = await importAssessment(form.actor, await form.data.file.text());
  if (!result.ok) return { message: result.message, fieldErrors: result.fieldErrors };
  revalidatePath("/", "layout");
  return { imported: result.value };
}
