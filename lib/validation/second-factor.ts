import { z } from "zod";
import { text } from "./text";

// What a person sends at the second step of a sign-in and when managing their factors: shared by the
// forms and the server (next-auth's second-factor callback, the actions).

const base64url = (name: string) => text().regex(/^[A-Za-z0-9_-]*$/, `${name} must be base64url`).max(16_384, `${name} is too long`);

export const challengeTokenSchema = text({ error: "The sign-in has expired: sign in again with your password" })
  .regex(/^[A-Za-z0-9_-]{43}$/, "The sign-in has expired: sign in again with your password");

export const totpCodeSchema = text({ error: "Enter the 6-digit code from your authenticator app" })
  .transform((code) => code.replace(/\s+/g, ""))
  .pipe(z.string().regex(/^\d{6}$/, "Enter the 6-digit code from your authenticator app, like 123456"));

export const recoveryCodeSchema = text({ error: "Enter one of your recovery codes" })
  .trim()
  .min(1, "Enter one of your recovery codes")
  .refine((code) => /^[a-z0-9]{16}$/i.test(code.replace(/[\s-]+/g, "")), "Enter a recovery code as it was shown, like abcd-efgh-jkmn-pqrs");

export const factorLabelSchema = text({ error: "Name this factor" })
  .trim()
  .min(1, "Name this factor, like “Work laptop” or “Phone”")
  .max(60, "A name is 60 characters or fewer");

// The browser's answers to navigator.credentials (as @simplewebauthn/browser serializes them).
const credentialBase = {
  id: base64url("The credential id").min(1),
  rawId: base64url("The credential id").min(1),
  type: z.literal("public-key"),
  clientExtensionResults: z.record(z.string(), z.unknown()).default({}),
  authenticatorAttachment: z.enum(["platform", "cross-platform"]).optional(),
};

export const passkeyAssertionSchema = z.object({
  ...credentialBase,
  response: z.object({
    clientDataJSON: base64url("clientDataJSON"),
    authenticatorData: base64url("authenticatorData"),
    signature: base64url("signature"),
    userHandle: base64url("userHandle").optional(),
  }),
});

export const passkeyAttestationSchema = z.object({
  ...credentialBase,
  response: z.object({
    clientDataJSON: base64url("clientDataJSON"),
    attestationObject: base64url("attestationObject"),
    transports: z.array(z.enum(["ble", "cable", "hybrid", "internal", "nfc", "smart-card", "usb"])).max(8).optional(),
    authenticatorData: base64url("authenticatorData").optional(),
    publicKey: base64url("publicKey").optional(),
    publicKeyAlgorithm: z.number().int().optional(),
  }),
});

/** A JSON text field holding one of the schemas above: a form posts it as a string. */
export function jsonOf<T extends z.ZodType>(schema: T, what: string) {
  return text({ error: `${what} is missing` })
    .max(32_768, `${what} is too long`)
    .transform((value, ctx) => {
      try {
        return JSON.parse(value) as unknown;
      } catch {
        ctx.addIssue({ code: "custom", message: `${what} is not JSON` });
        return z.NEVER;
      }
    })
    .pipe(schema);
}

/** The second step of a sign-in, as next-auth's second-factor callback receives it. */
export const secondFactorProofSchema = z.discriminatedUnion("method", [
  z.object({ method: z.literal("totp"), token: challengeTokenSchema, code: totpCodeSchema }),
  z.object({ method: z.literal("recovery"), token: challengeTokenSchema, code: recoveryCodeSchema }),
  z.object({ method: z.literal("passkey"), token: challengeTokenSchema, response: jsonOf(passkeyAssertionSchema, "The passkey's answer") }),
  z.object({ method: z.literal("enrolled"), token: challengeTokenSchema }),
], { error: "Choose how to confirm it is you" });
export type SecondFactorProof = z.infer<typeof secondFactorProofSchema>;

/** Adding the first factor at the first sign-in: an authenticator app's code, or the browser's new passkey. */
export const enrolFactorSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("totp"), code: totpCodeSchema, label: factorLabelSchema }),
  z.object({ kind: z.literal("passkey"), response: jsonOf(passkeyAttestationSchema, "The passkey's answer"), label: factorLabelSchema }),
], { error: "Choose a passkey or an authenticator app" });

/** Adding a factor from the account page: the same, with the setup the server sealed when it began. */
export const addFactorSchema = z.intersection(
  enrolFactorSchema,
  z.object({ sealed: text({ error: "The setup is missing: start again" }).min(1, "The setup is missing: start again").max(4096, "The setup is not one this app made: start again") }),
);
export const factorKindSchema = z.enum(["totp", "passkey"], { error: "Choose a passkey or an authenticator app" });

export const removeFactorSchema = z.object({ factorId: z.uuid({ error: "This factor does not exist" }) });
export const resetFactorsSchema = z.object({ userId: z.uuid({ error: "This user does not exist" }) });
