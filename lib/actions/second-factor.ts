"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import QRCode from "qrcode";
import type { z } from "zod";
import { requireActor } from "@/lib/auth/session";
import { EXPIRED } from "@/lib/auth/sign-in-errors";
import {
  enrolFirstFactor,
  passkeyEnrolmentOptions,
  passkeySignInOptions,
  removeMySecondFactor,
  replaceMyRecoveryCodes,
  resetSecondFactors,
  secondFactorStep,
  totpEnrolment,
  type NewFactor,
} from "@/lib/data-access/second-factors";
import type { SecondFactorStep } from "@/lib/data-access/types";
import { fromZodError, type FormState } from "@/lib/validation/form-state";
import { challengeTokenSchema, enrolPasskeySchema, enrolTotpSchema, removeFactorSchema, resetFactorsSchema } from "@/lib/validation/second-factor";
import { formFields, parseForm } from "./form";

// The sign-in's second step runs before a session exists: the pending sign-in's token, checked by the
// data-access layer, stands in for the signed-in actor.

const tokenOf = (token: unknown) => challengeTokenSchema.safeParse(token);

export async function secondFactorStepAction(token: string): Promise<SecondFactorStep> {
  const parsed = tokenOf(token);
  return parsed.success ? secondFactorStep(parsed.data) : { state: "expired" };
}

export async function passkeySignInOptionsAction(token: string) {
  const parsed = tokenOf(token);
  return parsed.success ? passkeySignInOptions(parsed.data) : null;
}

export async function passkeyEnrolmentOptionsAction(token: string) {
  const parsed = tokenOf(token);
  return parsed.success ? passkeyEnrolmentOptions(parsed.data) : null;
}

/** The authenticator app's secret, as a QR code (SVG, drawn here: nothing leaves the server) and as text. */
export async function totpEnrolmentAction(token: string): Promise<{ secret: string; qrSvg: string } | null> {
  const parsed = tokenOf(token);
  const enrolment = parsed.success ? await totpEnrolment(parsed.data) : null;
  if (!enrolment) return null;
  const qrSvg = await QRCode.toString(enrolment.uri, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return { secret: enrolment.secret, qrSvg };
}

export type EnrolState = FormState & { recoveryCodes?: string[] };

async function enrol(token: string, factor: NewFactor | z.ZodError): Promise<EnrolState> {
  const checkedToken = tokenOf(token);
  if (!checkedToken.success) return { message: EXPIRED };
  if (factor instanceof Error) return fromZodError(factor);
  const result = await enrolFirstFactor(checkedToken.data, factor);
  return result.ok ? { recoveryCodes: result.value.recoveryCodes } : { message: result.message, fieldErrors: result.fieldErrors };
}

export async function enrolTotpAction(token: string, _previous: EnrolState, formData: FormData): Promise<EnrolState> {
  const parsed = enrolTotpSchema.safeParse(formFields(formData, "code", "label"));
  return enrol(token, parsed.success ? { kind: "totp", ...parsed.data } : parsed.error);
}

export async function enrolPasskeyAction(token: string, fields: { response: string; label: string }): Promise<EnrolState> {
  const parsed = enrolPasskeySchema.safeParse(fields);
  // The schema checked the shape @simplewebauthn/browser sends; the library checks the rest.
  return enrol(token, parsed.success ? ({ kind: "passkey", ...parsed.data } as NewFactor) : parsed.error);
}

export async function removeSecondFactorAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const form = await parseForm(removeFactorSchema, formFields(formData, "factorId"));
  if (!form.ok) return form.state;
  const result = await removeMySecondFactor(form.actor, form.data.factorId);
  if (!result.ok) return { message: result.message };
  redirect(`/account/second-factor?removed=${encodeURIComponent(result.value.removed)}`);
}

export async function replaceRecoveryCodesAction(_previous: EnrolState, _formData: FormData): Promise<EnrolState> {
  const result = await replaceMyRecoveryCodes(await requireActor());
  return result.ok ? { recoveryCodes: result.value.recoveryCodes } : { message: result.message };
}

export async function resetSecondFactorsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const form = await parseForm(resetFactorsSchema, formFields(formData, "userId"));
  if (!form.ok) return form.state;
  const result = await resetSecondFactors(form.actor, form.data.userId);
  revalidatePath("/admin/users", "layout");
  return result.ok ? { done: `Second factors reset (${result.value.removed} removed). Their sessions have ended; they add a factor at their next sign-in.` } : { message: result.message };
}
