import { z } from "zod";
import { text } from "./text";

const LEVEL_MESSAGE = "Choose a target level from 1 to 5, or “Next level up”";

/**
 * One discipline's row. No target level (the empty choice) means "next level up", which follows the
 * discipline's level as it changes: nothing is stored for it, and a stored target is removed.
 */
export const targetSchema = z
  .object({
    disciplineKey: text().regex(/^[a-z0-9-]{1,80}$/, "Unknown discipline"),
    targetLevel: z.preprocess(
      (v) => (v === "" || v === null || v === undefined ? null : v),
      z.coerce.number({ error: LEVEL_MESSAGE }).int(LEVEL_MESSAGE).min(1, LEVEL_MESSAGE).max(5, LEVEL_MESSAGE).nullable(),
    ),
    dueOn: text()
      .trim()
      .transform((v) => (v === "" ? null : v))
      .pipe(z.iso.date({ error: "Enter the due date as a full date, like 2027-09-30" }).nullable()),
    expectedVersion: z.coerce.number().int().min(0),
  })
  .refine((t) => t.targetLevel !== null || t.dueOn === null, { error: "A due date needs a target level: choose one, or clear the date", path: ["dueOn"] });

export const setTargetsSchema = z.object({
  programId: z.uuid({ error: "Choose a program" }),
  targets: z.array(targetSchema).min(1).max(20),
});
export type SetTargetsInput = z.infer<typeof setTargetsSchema>;
