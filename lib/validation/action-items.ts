import { z } from "zod";
import { text } from "./text";

export const actionItemStatuses = ["PLANNED", "IN_PROGRESS", "DONE"] as const;

export const actionItemSchema = z.object({
  programId: z.uuid({ error: "Choose a program" }),
  disciplineKey: text().regex(/^[a-z0-9-]{1,80}$/, "Choose the discipline this action closes a gap in"),
  practiceKey: text()
    .regex(/^[a-z0-9-]{0,80}$/, "Choose a practice from the list")
    .transform((v) => v || null),
  title: text({ error: "Enter what will be done" }).trim().min(3, "Enter what will be done (at least 3 characters)").max(200, "The title must be 200 characters or fewer"),
  ownerName: text({ error: "Enter who owns this action" }).trim().min(2, "Enter who owns this action").max(120, "The owner must be 120 characters or fewer"),
  dueOn: text()
    .trim()
    .transform((v) => (v === "" ? null : v))
    .pipe(z.iso.date({ error: "Enter the due date as a full date, like 2027-03-31" }).nullable()),
  notes: text().trim().max(4000, "Notes must be 4,000 characters or fewer").default(""),
  resourceIds: z.array(z.uuid({ error: "Choose resources from the list" })).max(10, "Link at most 10 resources").default([]),
});
export type ActionItemInput = z.infer<typeof actionItemSchema>;

export const actionItemStatusSchema = z.object({
  actionItemId: z.uuid({ error: "This action item does not exist" }),
  status: z.enum(actionItemStatuses, { error: "Choose Planned, In progress or Done" }),
  expectedVersion: z.coerce.number().int().positive(),
});
export type ActionItemStatusInput = z.infer<typeof actionItemStatusSchema>;

export const actionItemFilterSchema = z.object({
  status: z.enum(actionItemStatuses).optional().catch(undefined),
  dueBefore: z.iso.date().optional().catch(undefined),
});
export type ActionItemFilter = z.infer<typeof actionItemFilterSchema>;

/** The gap an action is planned for, from the "plan an action" link. */
export const actionItemGapQuerySchema = z.object({
  discipline: text().regex(/^[a-z0-9-]{1,80}$/),
  practice: text()
    .regex(/^[a-z0-9-]{0,80}$/)
    .optional()
    .transform((v) => v || undefined),
});
