"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createApiToken, revokeApiToken } from "@/lib/data-access/api-tokens";
import { createApiTokenSchema, revokeApiTokenSchema } from "@/lib/validation/api-tokens";
import type { FormState } from "@/lib/validation/form-state";
import { formFields, parseForm } from "./form";

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

/** The list is shown again with the token's new status and a message at the top. */
export async function revokeApiTokenAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const form = await parseForm(revokeApiTokenSchema, formFields(formData, "tokenId"));
  if (!form.ok) return form.state;
  const result = await revokeApiToken(form.actor, form.data.tokenId);
  if (!result.ok) return { message: result.message };
  redirect("/account/api-tokens?revoked=1");
}
