"use server";
import { revalidatePath } from "next/cache";
import { markNotificationsRead, setNotificationPreferences } from "@/lib/data-access/notifications";
import { unsubscribe } from "@/lib/data-access/unsubscribe";
import { notificationKinds } from "@/lib/notifications/messages";
import { markReadSchema, notificationPreferencesSchema, unsubscribeSchema } from "@/lib/validation/notifications";
import { fromZodError, type FormState } from "@/lib/validation/form-state";
import { formFields, parseForm } from "./form";

export async function markReadAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const form = await parseForm(markReadSchema, formFields(formData, "notificationId"));
  if (!form.ok) return form.state;
  const result = await markNotificationsRead(form.actor, form.data);
  if (!result.ok) return { message: result.message };
  revalidatePath("/", "layout");
  return { done: result.value.marked === 1 ? "Marked as read." : `${result.value.marked} notifications marked as read.` };
}

export async function setNotificationPreferencesAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const form = await parseForm(notificationPreferencesSchema, formFields(formData, ...notificationKinds.map((k) => k.kind)));
  if (!form.ok) return form.state;
  const result = await setNotificationPreferences(form.actor, form.data);
  if (!result.ok) return { message: result.message };
  revalidatePath("/account/notifications");
  return { done: result.value.changed === 0 ? "Nothing changed." : "Your notification settings are saved." };
}

/** From an e-mail's link: no one needs to be signed in; the link's signed token is the authority. */
export async function unsubscribeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = unsubscribeSchema.safeParse(formFields(formData, "token"));
  if (!parsed.success) return fromZodError(parsed.error);
  const result = await unsubscribe(parsed.data);
  return result.ok ? { done: `Done: you will no longer receive ${result.value.what}.` } : { message: result.message };
}
