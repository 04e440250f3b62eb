import { z } from "zod";
import { text } from "./text";

export const reviewSchema = z
  .object({
    assessmentId: z.uuid({ error: "This assessment does not exist" }),
    decision: z.enum(["ACCEPTED", "RETURNED"], { error: "Choose whether to accept the assessment or return it" }),
    comment: text({ error: "The comment must be text" }).trim().max(4000, "The comment must be 4,000 characters or fewer").default(""),
    expectedVersion: z.coerce.number({ error: "Reload the page and try again" }).int().positive(),
  })
  .refine((r) => r.decision === "ACCEPTED" || r.comment.length >= 10, {
    path: ["comment"],
    message: "Say what the program should revise (at least 10 characters) when you return an assessment",
  });
export type ReviewInput = z.infer<typeof reviewSchema>;
