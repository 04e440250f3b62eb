import { z } from "zod";

export const startAssessmentSchema = z.object({
  programId: z.uuid({ error: "Choose a program" }),
  cycleId: z.uuid({ error: "Choose a cycle" }),
});
export type StartAssessmentInput = z.infer<typeof startAssessmentSchema>;
