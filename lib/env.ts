import "server-only";
import { z } from "zod";

// Read once, validated; the server refuses to run on a wrong configuration.
const schema = z.object({
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: "DATABASE_URL must be a postgresql:// URL" }),
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters"),
  /** Absolute limit of a session, however active. */
  SESSION_MAX_AGE_SECONDS: z.coerce.number().int().min(300).max(86_400).default(8 * 60 * 60),
  /** A session without a request for this long ends (NIST SP 800-63B, AAL2: 30 minutes). */
  SESSION_IDLE_SECONDS: z.coerce.number().int().min(60).max(86_400).default(30 * 60),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    throw new Error(`Invalid configuration: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  }
  cached = parsed.data;
  return cached;
}
