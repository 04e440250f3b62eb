import { z } from "zod";
import { text } from "./text";

const ids = {
  assessmentId: z.uuid({ error: "Reload the page and try again" }),
  practiceId: z.uuid({ error: "Reload the page and try again" }),
};

/** A comment on a practice: plain text, and whether the answer needs another look. */
export const commentSchema = z.object({
  ...ids,
  body: text({ error: "Write a comment" }).trim().min(1, "Write a comment").max(4000, "A comment must be 4,000 characters or fewer"),
  needsLook: z.enum(["on", ""], { error: "Reload the page and try again" }).optional().transform((v) => v === "on"),
});
export type CommentInput = z.infer<typeof commentSchema>;

/** A lead clears the practice's "needs another look" flags. */
export const clearFlagsSchema = z.object(ids);
export type ClearFlagsInput = z.infer<typeof clearFlagsSchema>;
