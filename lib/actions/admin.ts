"use server";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/session";
import { serverPasswordSchema } from "@/lib/auth/breached-passwords";
import { createCycle, setCycleDueDates, setCycleStatus } from "@/lib/data-access/admin-cycles";
import { createAgency, createProgram, renameAgency, renameProgram, toggleAgencyArchive, toggleProgramArchive } from "@/lib/data-access/admin-organizations";
import { createUser, resetPassword, setUserDisabled, updateUser } from "@/lib/data-access/admin-users";
import { importPrograms } from "@/lib/data-access/admin-import";
import { setCurrentModel } from "@/lib/data-access/models";
import { programImportFormSchema } from "@/lib/validation/program-import";
import {
  agencySchema,
  archiveAgencySchema,
  archiveProgramSchema,
  renameAgencySchema,
  createUserSchemaWith,
  cycleSchema,
  cycleDueDatesSchema,
  cycleStatusSchema,
  programSchema,
  renameProgramSchema,
  resetPasswordSchemaWith,
  updateUserSchema,
  userStateSchema,
} from "@/lib/validation/admin";
import type { FormState } from "@/lib/validation/form-state";
import { formFields, parseForm, submitForm } from "./form";


export async function createCycleAction(_: FormState, formData: FormData) {
  return submitForm(cycleSchema, formFields(formData, "name", "startsOn", "endsOn"), createCycle, `Cycle ${formData.get("name")} created.`);
}

export async function setCycleDueDatesAction(_: FormState, formData: FormData) {
  return submitForm(cycleDueDatesSchema, formFields(formData, "cycleId", "submissionDueOn", "reviewDueOn", "expectedVersion"), setCycleDueDates, "Due dates saved.");
}

export async function setCycleStatusAction(_: FormState, formData: FormData) {
  return submitForm(cycleStatusSchema, formFields(formData, "cycleId", "status", "expectedVersion"), setCycleStatus, "Cycle updated.");
}

export async function createAgencyAction(_: FormState, formData: FormData) {
  return submitForm(agencySchema, formFields(formData, "name", "abbreviation"), createAgency, `Agency ${formData.get("name")} created.`);
}

export async function renameAgencyAction(_: FormState, formData: FormData) {
  return submitForm(renameAgencySchema, formFields(formData, "agencyId", "name", "expectedVersion"), renameAgency, "Agency renamed.");
}

export async function toggleAgencyArchiveAction(_: FormState, formData: FormData) {
  return submitForm(archiveAgencySchema, formFields(formData, "agencyId", "expectedVersion"), toggleAgencyArchive, "Agency updated.");
}

export async function createProgramAction(_: FormState, formData: FormData) {
  return submitForm(programSchema, formFields(formData, "agencyId", "name", "description"), createProgram, `Program ${formData.get("name")} created.`);
}

export async function renameProgramAction(_: FormState, formData: FormData) {
  return submitForm(renameProgramSchema, formFields(formData, "programId", "name", "expectedVersion"), renameProgram, "Program renamed.");
}

export async function toggleProgramArchiveAction(_: FormState, formData: FormData) {
  return submitForm(archiveProgramSchema, formFields(formData, "programId", "expectedVersion"), toggleProgramArchive, "Program updated.");
}

// The forms' schemas with the server's password rules: the shared ones plus the breached list.
const createUserOnServer = createUserSchemaWith(serverPasswordSchema);
const resetPasswordOnServer = resetPasswordSchemaWith(serverPasswordSchema);

export async function createUserAction(_: FormState, formData: FormData) {
  const input = { ...formFields(formData, "email", "name", "password", "role", "agencyId"), programIds: formData.getAll("programIds") };
  const invited = formData.get("password") === "" ? " An invitation to choose a password was e-mailed to them." : "";
  return submitForm(createUserOnServer, input, createUser, `Account for ${formData.get("email")} created.${invited}`);
}

export async function updateUserAction(_: FormState, formData: FormData) {
  const input = { ...formFields(formData, "userId", "expectedVersion", "role", "agencyId"), programIds: formData.getAll("programIds") };
  return submitForm(updateUserSchema, input, updateUser, "User updated. The change applies on their next request.");
}

export async function setUserDisabledAction(_: FormState, formData: FormData) {
  return submitForm(userStateSchema, formFields(formData, "userId", "disabled"), setUserDisabled, formData.get("disabled") === "true" ? "User disabled." : "User enabled.");
}

export async function resetPasswordAction(_: FormState, formData: FormData) {
  return submitForm(resetPasswordOnServer, formFields(formData, "userId", "password"), resetPassword, "Password reset. Give it to the user through a separate channel.");
}

export async function setCurrentModelAction(_: FormState, formData: FormData) {
  const actor = await requireActor();
  const version = Number(formData.get("version"));
  if (!Number.isSafeInteger(version)) return { message: "Choose a model version." };
  const result = await setCurrentModel(actor, version);
  revalidatePath("/", "layout");
  return result.ok ? { done: `Version ${version} is now used for new assessments.` } : { message: result.message };
}

export type ImportState = FormState & { outcome?: Awaited<ReturnType<typeof importPrograms>>; csv?: string };

/** First a preview (nothing written); then, confirmed, the import of every row or none. */
export async function importProgramsAction(_: ImportState, formData: FormData): Promise<ImportState> {
  // The signed-in check comes before the upload is read.
  const form = await parseForm(programImportFormSchema, async () => {
    const file = formData.get("file");
    return { csv: file instanceof File && file.size > 0 ? await file.text() : String(formData.get("csv") ?? ""), confirm: formData.get("confirm") };
  });
  if (!form.ok) return form.state;
  const outcome = await importPrograms(form.actor, form.data.csv, form.data.confirm);
  if (outcome.imported > 0) {
    revalidatePath("/", "layout");
    return { done: `Imported ${outcome.imported} program${outcome.imported === 1 ? "" : "s"}.`, outcome };
  }
  return {
    outcome,
    csv: form.data.csv,
    message: outcome.problems.length ? `Nothing was imported: ${outcome.problems.length} problem${outcome.problems.length === 1 ? "" : "s"} to fix.` : undefined,
  };
}
