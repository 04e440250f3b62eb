import { z } from "zod";
import { TOKEN_LIFETIMES } from "./limits";
import { text } from "./text";

/** How long a new token lasts: at most a year (TOKEN_LIFETIMES). */
export const createApiTokenSchema = z.object({
  name: text({ error: "Name the token" })
    .trim()
    .min(1, "Name the token, for example after the tool that will use it")
    .max(80, "The name must be 80 characters or fewer"),
  lifetimeDays: z.enum(Object.keys(TOKEN_LIFETIMES) as [keyof typeof TOKEN_LIFETIMES, ...(keyof typeof TOKEN_LIFETIMES)[]], {
    error: "Choose how long the token lasts: 30, 90 or 180 days, or 1 year",
  }),
});
export type CreateApiTokenInput = z.infer<typeof createApiTokenSchema>;

export const revokeApiTokenSchema = z.object({ tokenId: z.uuid({ error: "This token does not exist" }) });
