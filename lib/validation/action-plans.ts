import { z } from "zod";
import { text } from "./text";

const planId = z.uuid({ error: "Reload the page and try again" });
const expectedVersion = z.coerce.number({ error: "Reload the page and try again" }).int().min(1, "Reload the page and try again");
const key = text().regex(/^[a-z0-9-]{1,80}$/, "Choose a discipline of the model");

/** "" (an empty field) is no value. */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" || v === undefined || v === null ? null : v), schema.nullable());
const day = (what: string) =>
  z.preprocess((v) => (typeof v === "string" ? v.trim() : v), optional(z.iso.date({ error: `Enter the ${what} as a full date, like 2027-09-30` })));
const value = (what: string) =>
  optional(z.coerce.number({ error: `Enter the ${what} as a number, like 20 or 3.5` }).refine(Number.isFinite, `Enter the ${what} as a number, like 20 or 3.5`).refine((n) => Math.abs(n) < 1e12, `The ${what} is too large`));

export const startPlanSchema = z.object({
  programId: z.uuid({ error: "Choose a program" }),
  fiscalYear: z.coerce.number({ error: "Choose a fiscal year" }).int("Choose a fiscal year").min(2000, "Choose a fiscal year from 2000").max(2100, "Choose a fiscal year up to 2100"),
});
export type StartPlanInput = z.infer<typeof startPlanSchema>;

/** A-11's two narratives: what was delivered in the past year, and what is planned for the next. */
export const planNarrativeSchema = z.object({
  planId,
  expectedVersion,
  delivered: text().trim().max(8000, "Keep what was delivered to 8,000 characters or fewer"),
  planned: text().trim().max(8000, "Keep what is planned to 8,000 characters or fewer"),
});
export type PlanNarrativeInput = z.infer<typeof planNarrativeSchema>;

/** An action for a gap: the discipline, its target level the level the action is expected to reach. */
export const addPlanActionSchema = z.object({ planId, disciplineKey: key });
export type AddPlanActionInput = z.infer<typeof addPlanActionSchema>;

/**
 * One action. A draft may be saved incomplete (lib/plans/completeness.ts says what sign-off needs);
 * what is given must be well formed.
 */
export const planActionSchema = z
  .object({
    actionId: z.uuid({ error: "Reload the page and try again" }),
    expectedVersion,
    title: text({ error: "Enter what will be done" }).trim().min(3, "Enter what will be done (at least 3 characters)").max(200, "Keep the action to 200 characters or fewer"),
    practiceKeys: z.array(key).max(50, "Choose at most 50 practices").default([]),
    measure: text().trim().max(300, "Keep the measure to 300 characters or fewer"),
    baselineValue: value("baseline value"),
    targetValue: value("target value"),
    unit: text().trim().max(40, "Keep the unit to 40 characters or fewer"),
    startOn: day("start date"),
    dueOn: day("due date"),
    ownerName: text().trim().max(120, "Keep the owner to 120 characters or fewer"),
    expectedLevel: optional(z.coerce.number({ error: "Choose a level from 1 to 5" }).int("Choose a level from 1 to 5").min(1, "Choose a level from 1 to 5").max(5, "Choose a level from 1 to 5")),
    notPlanned: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
    notPlannedReason: text().trim().max(2000, "Keep the reason to 2,000 characters or fewer"),
  })
  .refine((a) => !a.startOn || !a.dueOn || a.dueOn >= a.startOn, { error: "Choose a due date on or after the start date", path: ["dueOn"] });
export type PlanActionInput = z.infer<typeof planActionSchema>;

export const removePlanActionSchema = z.object({ actionId: z.uuid({ error: "Reload the page and try again" }), expectedVersion });
export type RemovePlanActionInput = z.infer<typeof removePlanActionSchema>;

export const signOffPlanSchema = z.object({ planId, expectedVersion });
export type SignOffPlanInput = z.infer<typeof signOffPlanSchema>;

export const newPlanVersionSchema = z.object({ planId });
export type NewPlanVersionInput = z.infer<typeof newPlanVersionSchema>;

/** The fiscal year a list of plans shows (?fy=2027); the current one when absent or not a year. */
export const fiscalYearQuerySchema = z.object({
  fy: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
});
