"use server";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/session";
import { importModel } from "@/lib/data-access/models";
import { fromZodError, type FormState } from "@/lib/validation/form-state";
import { importModelFormSchema } from "@/lib/validation/models";

export type ImportModelState = FormState & { importedVersion?: number };

export async function importModelAction(_previous: ImportModelState, formData: FormData): Promise<ImportModelState> {
  const actor = await requireActor();
  const parsed = importModelFormSchema.safeParse({ file: formData.get("file"), makeCurrent: formData.get("makeCurrent") });
  if (!parsed.success) return fromZodError(parsed.error);
  const result = await importModel(actor, await parsed.data.file.text(), parsed.data.makeCurrent);
  if (!result.ok) return { message: result.message, fieldErrors: result.fieldErrors };
  revalidatePath("/admin/model");
  return { importedVersion: result.value.version };
}
