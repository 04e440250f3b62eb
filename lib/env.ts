import "server-only";
import { z } from "zod";

/** Next.js reads NEXT_SERVER_ACTIONS_ENCRYPTION_KEY as a raw AES-GCM key: 16, 24 or 32 bytes (it makes 32 itself). */
const ACTION_KEY_BYTES = [16, 24, 32];

const actionEncryptionKey = z
  .string()
  .refine(
    (v) => /^[A-Za-z0-9+/]+={0,2}$/.test(v) && v.length % 4 === 0 && ACTION_KEY_BYTES.includes(Buffer.from(v, "base64").length),
    "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY must be an AES key in base64 (16, 24 or 32 random bytes), e.g. from `openssl rand -base64 32`",
  );

// Read once, validated; the server refuses to run on a wrong configuration.
const schema = z.object({
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: "DATABASE_URL must be a postgresql:// URL" }),
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters"),
  /** Absolute limit of a session, however active. */
  SESSION_MAX_AGE_SECONDS: z.coerce.number().int().min(300).max(86_400).default(8 * 60 * 60),
  /** A session without a request for this long ends (NIST SP 800-63B, AAL2: 30 minutes). */
  SESSION_IDLE_SECONDS: z.coerce.number().int().min(60).max(86_400).default(30 * 60),
  /**
   * Read by Next.js itself, not by this app: the key that encrypts server actions' closed-over
   * arguments in pages. Given to `next build`, it also salts the action ids and is embedded in the
   * build; given at run time, it overrides the embedded one. Optional for one instance (each build
   * makes its own); required, the same for every build and instance, when several instances serve
   * one installation (README, "Running several instances").
   */
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: actionEncryptionKey.optional(),
});

export type Env = z.infer<typeof schema>;

/** The configuration in `source`, or an error naming every problem. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    throw new Error(`Invalid configuration: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  }
  return parsed.data;
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
