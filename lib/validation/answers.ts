import { z } from "zod";
import { text } from "./text";

export const MAX_NOTE_LENGTH = 4000;
export const MAX_LINKS = 10;

/** One evidence link: a full web address. */
export const evidenceLinkSchema = text()
  .trim()
  .max(2000, "Each evidence link must be 2,000 characters or fewer")
  .pipe(z.url({ protocol: /^https?$/, error: "Each evidence link must be a full web address starting with https:// or http://" }));

/** The evidence links box holds one address per line. */
export const evidenceLinksSchema = text({ error: "Evidence links must be text" })
  .max(MAX_LINKS * 2100, "Too many evidence links")
  .transform((text) =>
    text
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean),
  )
  .pipe(z.array(evidenceLinkSchema).max(MAX_LINKS, `Give at most ${MAX_LINKS} evidence links`));

const assessmentId = z.uuid({ error: "This assessment does not exist" });

/** One answer, as the questionnaire sends it on every autosave and on "Save and continue". */
export const answerSchema = z.object({
  assessmentId,
  practiceId: z.uuid({ error: "This practice does not exist" }),
  choice: z.enum(["1", "2", "3", "4", "5", "NA"], { error: "Choose a level from 1 to 5, or “Not applicable”" }),
  evidenceNote: text({ error: "The evidence note must be text" })
    .max(MAX_NOTE_LENGTH, `The evidence note must be ${MAX_NOTE_LENGTH.toLocaleString("en-US")} characters or fewer`)
    .default(""),
  evidenceLinks: evidenceLinksSchema.default([]),
  /** The answer's version the user saw (0 for none yet): a different one means someone else saved first. */
  expectedVersion: z.coerce.number({ error: "Reload the page and try again" }).int().min(0),
});
export type AnswerInput = z.infer<typeof answerSchema>;

/** "Save and continue": the page's assessment, its practices, and where to go next. */
export const disciplinePageSchema = z.object({
  assessmentId,
  practiceIds: text({ error: "Reload the page and try again" })
    .max(100 * 37, "Reload the page and try again")
    .transform((ids) => ids.split(",").filter(Boolean))
    .pipe(z.array(z.uuid({ error: "This practice does not exist" }))),
  // Only a plain path within the app is followed (no scheme, host or control characters).
  next: text()
    .max(500)
    .regex(/^\/[\w\-/?=&.#%]*$/)
    .catch(""),
});

export const submitSchema = z.object({
  assessmentId,
  submitKey: z.uuid({ error: "Reload the page and submit again" }),
});
export type SubmitInput = z.infer<typeof submitSchema>;

/** "Confirm the answers carried over" on a discipline's page. */
export const confirmCarriedSchema = z.object({
  assessmentId,
  disciplineKey: text({ error: "Reload the page and try again" }).min(1, "Reload the page and try again").max(100, "Reload the page and try again"),
});
export type ConfirmCarriedInput = z.infer<typeof confirmCarriedSchema>;
