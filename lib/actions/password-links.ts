"use server";
import { redirect } from "next/navigation";
import { serverPasswordSchema } from "@/lib/auth/breached-passwords";
import { requestPasswordReset, setPasswordWithLink } from "@/lib/data-access/password-links";
import { passwordResetRequestSchema, setPasswordSchemaWith } from "@/lib/validation/password-links";
import { fromZodError, type FormState } from "@/lib/validation/form-state";
import { LINK_HOURS_TEXT } from "@/lib/validation/password-links";
import { formFields } from "./form";

// Before sign-in: the e-mailed link's token (or nothing at all, for asking for one) is what they carry.

const setPasswordOnServer = setPasswordSchemaWith(serverPasswordSchema);

export async function setPasswordWithLinkAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = setPasswordOnServer.safeParse(formFields(formData, "token", "password", "confirmation"));
  if (!parsed.success) return fromZodError(parsed.error);
  const result = await setPasswordWithLink(parsed.data);
  if (!result.ok) return { message: result.message, fieldErrors: result.fieldErrors };
  redirect("/password-set");
}

export async function requestPasswordResetAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = passwordResetRequestSchema.safeParse(formFields(formData, "email"));
  if (!parsed.success) return fromZodError(parsed.error);
  await requestPasswordReset(parsed.data);
  return { done: `If an account uses ${parsed.data.email}, we e-mailed it a link to choose a new password. The link works once, for ${LINK_HOURS_TEXT.RESET}.` };
}
