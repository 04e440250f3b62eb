"use server";
import { revalidatePath } from "next/cache";
import { createApiToken, revokeApiToken } from "@/lib/data-access/api-tokens";
import { createApiTokenSchema, revokeApiTokenSchema } from "@/lib/validation/api-tokens";
import type { FormState } from "@/lib/validation/form-state";
import { formFields, parseForm, submitForm } from "./form";

/** The new token's secret travels back to the form once, and is never stored in clear. */
export type CreateApiTokenState = FormState & { created?: { name: string; secret: string; expiresAt: string } };

export async function createApiTokenAction(_previous: CreateApiTokenState, formData: FormData): Promise<CreateApiTokenState> {
  const form = await parseForm(createApiTokenSchema, formFields(formData, "name", "lifetimeDays"));
  if (!form.ok) return form.state;
  const result = await createApiToken(form.actor, form.data);
  if (!result.ok) return { message: result.message, fieldErrors: result.fieldErrors };
  revalidatePath("/account/api-tokens");
  return { created: { name: form.data.name, secret: result.value.secret, expiresAt: result.value.expiresAt.toISOString() } };
}

export async function revokeApiTokenAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return submitForm(revokeApiTokenSchema, formFields(formData, "tokenId"), (actor, data) => revokeApiToken(actor, data.tokenId), "Token revoked. Requests with it are refused from now on.");
}
