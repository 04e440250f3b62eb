import { z } from "zod";
import { passwordSchema, type PasswordSchema } from "./password";
import { emailAddress } from "./person";

const token = z.string({ error: "This link is not valid." }).min(20, "This link is not valid.").max(100, "This link is not valid.");

/** Setting a password from an e-mailed link; the account's e-mail is checked against it on the server. */
export const setPasswordSchemaWith = (password: PasswordSchema) =>
  z
    .object({ token, password, confirmation: z.string({ error: "Enter the password again" }) })
    .refine((v) => v.password === v.confirmation.normalize("NFKC"), { path: ["confirmation"], message: "The two passwords are not the same. Type the same password twice." });
export const setPasswordSchema = setPasswordSchemaWith(passwordSchema);
export type SetPasswordInput = z.infer<typeof setPasswordSchema>;

/** "Forgot your password?": an address to send the link to. */
export const passwordResetRequestSchema = z.object({ email: emailAddress });
export type PasswordResetRequest = z.infer<typeof passwordResetRequestSchema>;

/** How long each kind of link works, in words (lib/data-access/internal/password-links.ts keeps the hours). */
export const LINK_HOURS_TEXT = { INVITATION: "72 hours", RESET: "1 hour" } as const;
