import { z } from "zod";

export const targetSchema = z.object({
  disciplineKey: z.string().regex(/^[a-z0-9-]{1,80}$/, "Unknown discipline"),
  targetLevel: z.coerce.number({ error: "Choose a target level from 1 to 5" }).int().min(1, "Choose a target level from 1 to 5").max(5, "Choose a target level from 1 to 5"),
  dueOn: z
    .string()
    .trim()
    .transform((v) => (v === "" ? null : v))
    .pipe(z.iso.date({ error: "Enter the due date as a full date, like 2027-09-30" }).nullable()),
  expectedVersion: z.coerce.number().int().min(0),
});

export const setTargetsSchema = z.object({
  programId: z.uuid({ error: "Choose a program" }),
  targets: z.array(targetSchema).min(1).max(20),
});
export type SetTargetsInput = z.infer<typeof setTargetsSchema>;
