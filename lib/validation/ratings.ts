import { z } from "zod";
import { text } from "./text";
import { MAX_NOTE_LENGTH } from "./answers";
import { confidences } from "@/lib/scoring/agreement";

const assessmentId = z.uuid({ error: "This assessment does not exist" });
const practiceId = z.uuid({ error: "This practice does not exist" });
const choice = z.enum(["1", "2", "3", "4", "5", "NA"], { error: "Choose a level from 1 to 5, or “Not applicable”" });
const expectedVersion = z.coerce.number({ error: "Reload the page and try again" }).int().min(0);

/** The lead asks a program member to rate the assessment's practices. */
export const inviteRespondentSchema = z.object({ assessmentId, userId: z.uuid({ error: "Choose a person from the list" }) });
export type InviteRespondentInput = z.infer<typeof inviteRespondentSchema>;

export const removeRespondentSchema = z.object({ assessmentId, respondentId: z.uuid({ error: "This respondent does not exist" }) });
export type RemoveRespondentInput = z.infer<typeof removeRespondentSchema>;

/** One respondent's own rating of one practice, saved as they go. */
export const ratingSchema = z.object({
  assessmentId,
  practiceId,
  choice,
  confidence: z.enum(confidences, { error: "Choose how confident you are: low, medium or high" }),
  note: text({ error: "The note must be text" }).max(MAX_NOTE_LENGTH, `The note must be ${MAX_NOTE_LENGTH.toLocaleString("en-US")} characters or fewer`).default(""),
  expectedVersion,
});
export type RatingInput = z.infer<typeof ratingSchema>;

/** "I have finished rating", and the lead's "Start the consensus". */
export const assessmentStepSchema = z.object({ assessmentId });
export type AssessmentStepInput = z.infer<typeof assessmentStepSchema>;

/** The facilitator's answer for the team, with the rationale the rules ask for. */
export const consensusSchema = z.object({
  assessmentId,
  practiceId,
  choice,
  rationale: text({ error: "The rationale must be text" })
    .trim()
    .max(MAX_NOTE_LENGTH, `The rationale must be ${MAX_NOTE_LENGTH.toLocaleString("en-US")} characters or fewer`)
    .default(""),
  expectedVersion,
});
export type ConsensusInput = z.infer<typeof consensusSchema>;
