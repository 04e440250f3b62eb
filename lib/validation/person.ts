import { z } from "zod";
import { text } from "./text";

/** An e-mail address as accounts keep it: lowercased, at most 254 characters. */
export const emailAddress = z
  .email({ error: "Enter an email address in the correct format, like name@agency.gov" })
  .max(254, "The email address must be 254 characters or fewer")
  .transform((e) => e.toLowerCase());

/** A person's name on their account. */
export const personName = text({ error: "Enter the person's name" }).trim().min(2, "Enter the person's name").max(120, "The name must be 120 characters or fewer");
