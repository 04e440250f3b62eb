"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import QRCode from "qrcode";
import { requireActor } from "@/lib/auth/session";
import { EXPIRED } from "@/lib/auth/sign-in-errors";
import { addMySecondFactor, beginAddingFactor, removeMySecondFactor, replaceMyRecoveryCodes, resetSecondFactors } from "@/lib/data-access/second-factors";
import { enrolFirstFactor, passkeyEnrolmentOptions, passkeySignInOptions, secondFactorStep, totpEnrolment } from "@/lib/data-access/sign-in-second-step";
import type { NewFactor } from "@/lib/data-access/types";
import type { SecondFactorStep } from "@/lib/data-access/types";
import { fromZodError, type FormState } from "@/lib/validation/form-state";
import { addFactorSchema, challengeTokenSchema, enrolFactorSchema, factorKindSchema, removeFactorSchema, resetFactorsSchema } from "@/lib/validation/second-factor";
import { formFields, parseForm } from "./form";

// The sign-in's second step runs before a session exists: the pending sign-in's token, checked by the
// data-access layer, stands in for the signed-in actor.

const tokenOf = (token: unknown) => challengeTokenSchema.safeParse(token);

/** The authenticator app's key as a QR code, drawn here as SVG: nothing about the key goes to a third party. */
const qrCodeOf = (uri: string) => QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 2 });

export async function secondFactorStepAction(token: string): Promise<SecondFactorStep> {
  const parsed = tokenOf(token);
  return parsed.success ? secondFactorStep(parsed.data) : { state: "expired" };
}

/** What the browser or the person needs next: the passkey request to sign, the passkey to make, or the app's key to scan. */
export async function prepareSecondFactorAction(token: string, purpose: "passkey-sign-in" | "passkey-enrolment" | "app-enrolment") {
  const parsed = tokenOf(token);
  if (!parsed.success) return null;
  switch (purpose) {
    case "passkey-sign-in":
      return { purpose, options: await passkeySignInOptions(parsed.data) };
    case "passkey-enrolment":
      return { purpose, options: await passkeyEnrolmentOptions(parsed.data) };
    case "app-enrolment": {
      const enrolment = await totpEnrolment(parsed.data);
      return { purpose, app: enrolment && { secret: enrolment.secret, qrSvg: await qrCodeOf(enrolment.uri) } };
    }
    default:
      return null;
  }
}

export type EnrolState = FormState & { recoveryCodes?: string[] };

/** Adds the first factor at the first sign-in: the app's code, or the browser's new passkey (kind "passkey", its answer as JSON). */
export async function enrolFactorAction(_previous: EnrolState, formData: FormData): Promise<EnrolState> {
  const token = tokenOf(formData.get("token"));
  if (!token.success) return { message: EXPIRED };
  const parsed = enrolFactorSchema.safeParse(formFields(formData, "kind", "code", "response", "label"));
  if (!parsed.success) return fromZodError(parsed.error);
  // The schema checked the shape @simplewebauthn/browser sends; the library checks the rest.
  const result = await enrolFirstFactor(token.data, parsed.data as NewFactor);
  return result.ok ? { recoveryCodes: result.value.recoveryCodes } : { message: result.message, fieldErrors: result.fieldErrors };
}

/** The account page's "add": the app's key and QR code, or the passkey request; each with the sealed setup the form sends back. */
export async function beginAddingFactorAction(kind: string) {
  const actor = await requireActor();
  const parsed = factorKindSchema.safeParse(kind);
  if (!parsed.success) return null;
  const setup = await beginAddingFactor(actor, parsed.data);
  return setup.kind === "totp" ? { kind: setup.kind, secret: setup.secret, qrSvg: await qrCodeOf(setup.uri), sealed: setup.sealed } : setup;
}

export type AddState = EnrolState & { added?: string };

export async function addFactorAction(_previous: AddState, formData: FormData): Promise<AddState> {
  const form = await parseForm(addFactorSchema, formFields(formData, "sealed", "kind", "code", "response", "label"));
  if (!form.ok) return form.state;
  const { sealed, ...factor } = form.data;
  const result = await addMySecondFactor(form.actor, sealed, factor as NewFactor);
  if (!result.ok) return { message: result.message, fieldErrors: result.fieldErrors };
  revalidatePath("/account/second-factor");
  return { added: result.value.label, recoveryCodes: result.value.recoveryCodes ?? undefined };
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
