import { z } from "zod";

// Shared by the sign-in form (instant feedback) and the server (the check that counts).
export const signInSchema = z.object({
  email: z
    .string({ error: "Enter your email address" })
    .trim()
    .min(1, "Enter your email address")
    .max(254, "Email addresses are 254 characters or fewer")
    .pipe(z.email({ error: "Enter an email address in the correct format, like name@agency.gov" })),
  password: z
    .string({ error: "Enter your password" })
    .min(1, "Enter your password")
    .max(256, "Passwords are 256 characters or fewer"),
});
export type SignInInput = z.infer<typeof signInSchema>;

/** One message for an unknown e-mail and a wrong password, so neither reveals which accounts exist. */
export const WRONG_CREDENTIALS = "The email address or password is not right. Check them and try again.";
