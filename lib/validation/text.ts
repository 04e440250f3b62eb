import { z } from "zod";

/** The message for a NUL character, which no real text contains and PostgreSQL refuses to store. */
export const NUL_MESSAGE = "Remove the invisible NUL character from this text";

/** Text as every input schema takes it: a string with no NUL character in it. */
export function text(params?: Parameters<typeof z.string>[0]) {
  return z.string(params).regex(/^[^\u0000]*$/, NUL_MESSAGE);
}
