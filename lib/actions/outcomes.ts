"use server";
import { revalidatePath } from "next/cache";
import { importOutcomes, type OutcomeImportOutcome } from "@/lib/data-access/outcomes";
import type { FormState } from "@/lib/validation/form-state";
import { outcomeImportFormSchema } from "@/lib/validation/outcome-import";
import { parseForm } from "./form";

export type OutcomeImportState = FormState & { outcome?: OutcomeImportOutcome; csv?: string; agencyId?: string };

/** First a preview (nothing written); then, confirmed, the import of every row or none. */
export async function importOutcomesAction(_: OutcomeImportState, formData: FormData): Promise<OutcomeImportState> {
  // The signed-in check comes before the upload is read.
  const form = await parseForm(outcomeImportFormSchema, async () => {
    const file = formData.get("file");
    return { agencyId: formData.get("agencyId"), csv: file instanceof File && file.size > 0 ? await file.text() : String(formData.get("csv") ?? ""), confirm: formData.get("confirm") };
  });
  if (!form.ok) return form.state;
  const outcome = await importOutcomes(form.actor, form.data);
  const written = outcome.imported + outcome.replaced;
  if (written > 0) {
    revalidatePath("/", "layout");
    return { done: `Imported ${outcome.imported} quarter${outcome.imported === 1 ? "" : "s"}${outcome.replaced ? `, replaced ${outcome.replaced}` : ""}.`, outcome };
  }
  return {
    outcome,
    csv: form.data.csv,
    agencyId: form.data.agencyId,
    message: outcome.problems.length ? `Nothing was imported: ${outcome.problems.length} problem${outcome.problems.length === 1 ? "" : "s"} to fix.` : undefined,
  };
}
