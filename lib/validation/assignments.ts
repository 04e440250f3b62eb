import { z } from "zod";
import { text } from "./text";

const key = text({ error: "Reload the page and try again" }).max(100, "Reload the page and try again");

/**
 * Assigning a discipline, or one practice of it (by its key; none or "" for the whole discipline): a
 * member's id, or "" for no one, and an optional due date.
 */
export const assignSchema = z.object({
  assessmentId: z.uuid({ error: "Reload the page and try again" }),
  disciplineKey: key.min(1, "Reload the page and try again"),
  practiceKey: key.optional(),
  userId: z.union([z.literal(""), z.uuid({ error: "Choose one of the program's members" })], { error: "Choose one of the program's members" }),
  dueOn: z.union([z.literal(""), z.iso.date({ error: "Enter the due date as a date, like 2027-03-31" })], { error: "Enter the due date as a date, like 2027-03-31" }),
});
export type AssignInput = z.infer<typeof assignSchema>;
