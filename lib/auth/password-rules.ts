import { z } from "zod";

// NIST SP 800-63B: length, not composition rules.
export const passwordSchema = z
  .string({ error: "Enter a password" })
  .min(12, "Use at least 12 characters")
  .max(256, "Use 256 characters or fewer");
