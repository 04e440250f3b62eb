import "server-only";
import { z } from "zod";

/** What Next.js reads as NEXT_SERVER_ACTIONS_ENCRYPTION_KEY (an AES-256-GCM key), as it makes one itself. */
const ACTION_KEY_BYTES = 32;

const actionEncryptionKey = z
  .string()
  .refine(
    (v) => /^[A-Za-z0-9+/]+={0,2}$/.test(v) && v.length % 4 === 0 && Buffer.from(v, "base64").length === ACTION_KEY_BYTES,
    `NEXT_SERVER_ACTIONS_ENCRYPTION_KEY must be ${ACTION_KEY_BYTES} random bytes in base64, e.g. from \`openssl rand -base64 ${ACTION_KEY_BYTES}\``,
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
   * Read by Next.js itself (not by this app): the key that encrypts server actions' closed-over
   * arguments in pages, and salts action ids at build time. Optional for one instance (each build
   * makes its own); required, the same everywhere, when more than one instance runs, so that a page
   * rendered by one instance can call its actions on another (README, "Running several instances").
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
