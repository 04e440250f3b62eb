import { z } from "zod";
import { text } from "./text";

/** A lead invites a colleague to their program: a name and an e-mail address. */
export const inviteMemberSchema = z.object({
  programId: z.uuid({ error: "Reload the page and try again" }),
  name: text({ error: "Enter the person's name" }).trim().min(2, "Enter the person's name").max(120, "The name must be 120 characters or fewer"),
  email: z
    .email({ error: "Enter an email address in the correct format, like name@agency.gov" })
    .max(254)
    .transform((e) => e.toLowerCase()),
});
export type InviteMemberInput = z.infer<typeof inviteMemberSchema>;
