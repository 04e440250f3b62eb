"use server";
import { redirect } from "next/navigation";
import type { Actor } from "@/lib/auth/actor";
import { getSessionId, requireActor } from "@/lib/auth/session";
import { endMySessions } from "@/lib/data-access/accounts";
import type { FormState } from "@/lib/validation/form-state";
import { endSessionSchema } from "@/lib/validation/sessions";
import { formFields, parseForm } from "./form";

/** Ends one of the user's other sessions, or all of them; the list is shown again, saying how many ended. */
async function endAndShow(actor: Actor, which: { sessionId: string } | "all-others"): Promise<FormState> {
  const result = await endMySessions(actor, (await getSessionId()) ?? "", which);
  if (!result.ok) return { message: result.message };
  redirect(`/account/sessions?ended=${result.value.ended}`);
}

export async function endSessionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const form = await parseForm(endSessionSchema, formFields(formData, "sessionId"));
  return form.ok ? endAndShow(form.actor, { sessionId: form.data.sessionId }) : form.state;
}

/** The button sends nothing: who is signed in is all it needs. */
export async function endOtherSessionsAction(_previous: FormState, _formData: FormData): Promise<FormState> {
  return endAndShow(await requireActor(), "all-others");
}
