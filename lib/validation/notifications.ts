import { z } from "zod";
import { NotificationKind } from "@/lib/db/generated/enums";

const delivery = z.enum(["IMMEDIATE", "DIGEST", "OFF"], { error: "Choose “Right away”, “In a daily summary” or “Never”" });

/** The notification settings form: one delivery per kind, every kind present. */
export const notificationPreferencesSchema = z.object(
  Object.fromEntries(Object.values(NotificationKind).map((kind) => [kind, delivery])) as Record<NotificationKind, typeof delivery>,
);
export type NotificationPreferencesInput = z.infer<typeof notificationPreferencesSchema>;

/** Marking notifications read: one, or every one of the person's ("all"). */
export const markReadSchema = z.object({
  notificationId: z.union([z.literal("all"), z.uuid({ error: "Reload the page and try again" })], { error: "Reload the page and try again" }),
});
export type MarkReadInput = z.infer<typeof markReadSchema>;

/** An unsubscribe link's token (its signature is checked by the data-access layer). */
export const unsubscribeSchema = z.object({ token: z.string({ error: "This unsubscribe link is not valid." }).min(1, "This unsubscribe link is not valid.").max(200, "This unsubscribe link is not valid.") });
export type UnsubscribeInput = z.infer<typeof unsubscribeSchema>;
