import { z } from "zod";

export const startAssessmentSchema = z.object({
  programId: z.uuid({ error: "Choose a program" }),
  cycleId: z.uuid({ error: "Choose a cycle" }),
  /** "carry": start from the program's last accepted answers, each to be confirmed or changed. */
  start: z.enum(["carry", "blank"], { error: "Choose how to start: from the last accepted answers, or blank" }).default("blank"),
});
// Callers other than the form (tests, the seed) may leave `start` out: blank.
export type StartAssessmentInput = z.input<typeof startAssessmentSchema>;
