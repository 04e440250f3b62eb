"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createActionItem, setActionItemStatus } from "@/lib/data-access/action-items";
import { actionItemSchema, actionItemStatusSchema } from "@/lib/validation/action-items";
import type { FormState } from "@/lib/validation/form-state";
import { parseForm } from "./form";

export async function createActionItemAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const form = await parseForm(actionItemSchema, {
    programId: formData.get("programId"),
    disciplineKey: formData.get("disciplineKey"),
    practiceKey: formData.get("practiceKey") ?? "",
    title: formData.get("title"),
    ownerName: formData.get("ownerName"),
    dueOn: formData.get("dueOn") ?? "",
    notes: formData.get("notes") ?? "",
    resourceIds: formData.getAll("resourceIds"),
  });
  if (!form.ok) return form.state;
  const result = await createActionItem(form.actor, form.data);
  if (!result.ok) return { message: result.message, fieldErrors: result.fieldErrors };
  revalidatePath("/", "layout");
  redirect(`/programs/${form.data.programId}/progress?planned=1#action-items`);
}

export async function setActionItemStatusAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const form = await parseForm(actionItemStatusSchema, {
    actionItemId: formData.get("actionItemId"),
    status: formData.get("status"),
    expectedVersion: formData.get("expectedVersion"),
  });
  if (!form.ok) return form.state;
  const result = await setActionItemStatus(form.actor, form.data);
  revalidatePath("/", "layout");
  return result.ok ? { message: undefined } : { message: result.message };
}
