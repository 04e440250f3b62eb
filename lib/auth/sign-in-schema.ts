// zod/mini: the sign-in page ships this schema to the browser, and the full zod API would be most of
// that page's JavaScript.
import * as z from "zod/mini";

// Shared by the sign-in form (instant feedback) and the server (the check that counts).
export const signInSchema = z.object({
  email: z.pipe(
    z.string({ error: "Enter your email address" }).check(
      z.trim(),
      z.minLength(1, "Enter your email address"),
      z.maxLength(254, "Email addresses are 254 characters or fewer"),
    ),
    z.email({ error: "Enter an email address in the correct format, like name@agency.gov" }),
  ),
  password: z.string({ error: "Enter your password" }).check(z.minLength(1, "Enter your password"), z.maxLength(256, "Passwords are 256 characters or fewer")),
});
export type SignInInput = z.infer<typeof signInSchema>;

/** One message for an unknown e-mail and a wrong password, so neither reveals which accounts exist. */
export const WRONG_CREDENTIALS = "The email address or password is not right. Check them and try again.";
