"use server";
import { revalidatePath } from "next/cache";
import { importModel } from "@/lib/data-access/models";
import type { FormState } from "@/lib/validation/form-state";
import { parseForm } from "./form";
import { importModelFormSchema } from "@/lib/validation/models";

export type ImportModelState = FormState & { importedVersion?: number };

export async function importModelAction(_previous: ImportModelState, formData: FormData): Promise<ImportModelState> {
  const form = await parseForm(importModelFormSchema, { file: formData.get("file"), makeCurrent: formData.get("makeCurrent") });
  if (!form.ok) return form.state;
  const result = await importModel(form.actor, await form.data.file.text(), form.data.makeCurrent);
  if (!result.ok) return { message: result.message, fieldErrors: result.fieldErrors };
  revalidatePath("/admin/model");
  return { importedVersion: result.value.version };
}
