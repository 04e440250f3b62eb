import { z } from "zod";
import { text } from "./text";

export const reviewSchema = z
  .object({
    assessmentId: z.uuid({ error: "This assessment does not exist" }),
    decision: z.enum(["ACCEPTED", "RETURNED"], { error: "Choose whether to accept the assessment or return it" }),
    comment: text({ error: "The comment must be text" }).trim().max(4000, "The comment must be 4,000 characters or fewer").default(""),
    expectedVersion: z.coerce.number({ error: "Reload the page and try again" }).int().positive(),
    /** What the decision says about single practices: each becomes a comment in that practice's discussion. */
    practiceComments: z
      .array(
        z.object({
          practiceId: z.uuid({ error: "Reload the page and try again" }),
          comment: text({ error: "A practice's comment must be text" }).trim().max(4000, "A practice's comment must be 4,000 characters or fewer"),
        }),
      )
      .max(200, "Reload the page and try again")
      .default([])
      .transform((list) => list.filter((p) => p.comment.length > 0)),
    /** The validated answer of each practice the reviewer looked at: "AGREE", or another answer with the reason. */
    validations: z
      .array(
        z.object({
          practiceId: z.uuid({ error: "Reload the page and try again" }),
          choice: z
            .enum(["AGREE", "1", "2", "3", "4", "5", "NA"], { error: "Choose “agree”, a level from 1 to 5, or “not applicable”" })
            .transform((c) => (c === "AGREE" || c === "NA" ? c : Number(c))),
          reason: text({ error: "A reason must be text" }).trim().max(4000, "A reason must be 4,000 characters or fewer").default(""),
        }),
      )
      .max(200, "Reload the page and try again")
      .default([]),
  })
  .refine((r) => r.decision === "ACCEPTED" || r.comment.length >= 10, {
    path: ["comment"],
    message: "Say what the program should revise (at least 10 characters) when you return an assessment",
  });
type ParsedReview = z.infer<typeof reviewSchema>;
/** A decision as the data-access layer takes it: comments on practices are optional. */
export type ReviewInput = Omit<ParsedReview, "practiceComments" | "validations"> & Partial<Pick<ParsedReview, "practiceComments" | "validations">>;
