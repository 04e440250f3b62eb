import { z } from "zod";
import { text } from "./text";

/** Assigning a discipline: a member's id, or "" for no one, and an optional due date. */
export const assignSchema = z.object({
  assessmentId: z.uuid({ error: "Reload the page and try again" }),
  disciplineKey: text({ error: "Reload the page and try again" }).min(1, "Reload the page and try again").max(100, "Reload the page and try again"),
  userId: z.union([z.literal(""), z.uuid({ error: "Choose one of the program's members" })], { error: "Choose one of the program's members" }),
  dueOn: z.union([z.literal(""), z.iso.date({ error: "Enter the due date as a date, like 2027-03-31" })], { error: "Enter the due date as a date, like 2027-03-31" }),
});
export type AssignInput = z.infer<typeof assignSchema>;
