"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { createActionItem, setActionItemStatus } from "@/lib/data-access/action-items";
import { actionItemSchema, actionItemStatusSchema } from "@/lib/validation/action-items";
import { fromZodError, type FormState } from "@/lib/validation/form-state";

export async function createActionItemAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const parsed = actionItemSchema.safeParse({
    programId: formData.get("programId"),
    disciplineKey: formData.get("disciplineKey"),
    practiceKey: formData.get("practiceKey") ?? "",
    title: formData.get("title"),
    ownerName: formData.get("ownerName"),
    dueOn: formData.get("dueOn") ?? "",
    notes: formData.get("notes") ?? "",
    resourceIds: formData.getAll("resourceIds"),
  });
  if (!parsed.success) return fromZodError(parsed.error);
  const result = await createActionItem(actor, parsed.data);
  if (!result.ok) return { message: result.message, fieldErrors: result.fieldErrors };
  revalidatePath("/", "layout");
  redirect(`/programs/${parsed.data.programId}/progress?planned=1#action-items`);
}

export async function setActionItemStatusAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const parsed = actionItemStatusSchema.safeParse({
    actionItemId: formData.get("actionItemId"),
    status: formData.get("status"),
    expectedVersion: formData.get("expectedVersion"),
  });
  if (!parsed.success) return fromZodError(parsed.error);
  const result = await setActionItemStatus(actor, parsed.data);
  revalidatePath("/", "layout");
  return result.ok ? { message: undefined } : { message: result.message };
}
