import { z } from "zod";

// Checked by the server (next-auth's authorize); the form shows its messages (lib/auth/sign-in-errors.ts).
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
