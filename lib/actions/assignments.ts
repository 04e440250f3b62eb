"use server";
import { revalidatePath } from "next/cache";
import { assignWork } from "@/lib/data-access/assignments";
import { inviteProgramMember } from "@/lib/data-access/program-members";
import { assignSchema } from "@/lib/validation/assignments";
import { inviteMemberSchema } from "@/lib/validation/program-members";
import type { FormState } from "@/lib/validation/form-state";
import { formFields, parseForm } from "./form";

export async function assignWorkAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const form = await parseForm(assignSchema, formFields(formData, "assessmentId", "disciplineKey", "practiceKey", "userId", "dueOn"));
  if (!form.ok) return form.state;
  const result = await assignWork(form.actor, form.data);
  if (!result.ok) return { message: result.message, fieldErrors: result.fieldErrors };
  revalidatePath(`/assessments/${form.data.assessmentId}`, "layout");
  revalidatePath("/my-work");
  return { done: result.value.assigned ? `Assigned to ${result.value.assigned}.` : "No one is assigned now." };
}

export async function inviteProgramMemberAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const form = await parseForm(inviteMemberSchema, formFields(formData, "programId", "name", "email"));
  if (!form.ok) return form.state;
  const result = await inviteProgramMember(form.actor, form.data);
  if (!result.ok) return { message: result.message, fieldErrors: result.fieldErrors };
  revalidatePath("/assessments", "layout");
  return {
    done: result.value.invited
      ? `${result.value.name} can now be assigned work. An invitation to choose a password was e-mailed to ${form.data.email}.`
      : `${result.value.name} is now a member of the program and can be assigned work.`,
  };
}
