"use server";
import { endMySessions } from "@/lib/data-access/accounts";
import { getSessionId } from "@/lib/auth/session";
import { endSessionSchema } from "@/lib/validation/sessions";
import type { FormState } from "@/lib/validation/form-state";
import { z } from "zod";
import { formFields, submitForm } from "./form";

export async function endSessionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return submitForm(
    endSessionSchema,
    formFields(formData, "sessionId"),
    async (actor, data) => endMySessions(actor, (await getSessionId()) ?? "", { sessionId: data.sessionId }),
    "Signed out there. That browser must sign in again.",
  );
}

export async function endOtherSessionsAction(_previous: FormState, _formData: FormData): Promise<FormState> {
  return submitForm(z.object({}), {}, async (actor) => endMySessions(actor, (await getSessionId()) ?? "", "all-others"), "Signed out everywhere else.");
}
