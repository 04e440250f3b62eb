import { z } from "zod";
import { emailAddress, personName } from "./person";

/** A lead invites a colleague to their program: a name and an e-mail address. */
export const inviteMemberSchema = z.object({
  programId: z.uuid({ error: "Reload the page and try again" }),
  name: personName,
  email: emailAddress,
});
export type InviteMemberInput = z.infer<typeof inviteMemberSchema>;
