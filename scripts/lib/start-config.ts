// Decides, from the environment alone, whether a start is a demo or a production start.
export type StartMode = { demo: boolean; production: boolean };

const truthy = /^(1|true|yes|on)$/i;
const falsy = /^(0|false|no|off)$/i;

export function startMode(env: NodeJS.ProcessEnv): StartMode {
  const external = Boolean(env.DATABASE_URL);
  const production = env.NODE_ENV === "production" && external;
  const flag = env.CX_DEMO_DATA ?? "";
  const demo = truthy.test(flag) ? true : falsy.test(flag) ? false : !production;
  return { demo, production };
}

const PLACEHOLDERS = /^(changeme|change-me|secret|replace-me|your-secret-here|x+)$/i;

/**
 * A real NEXTAUTH_SECRET, or the reason it is not one. A demo start may generate one instead;
 * a production start must be given one.
 */
export function checkSecret(secret: string | undefined): string | null {
  if (!secret) return "NEXTAUTH_SECRET is not set. Generate one with `openssl rand -base64 48` and set it in the environment.";
  if (secret.length < 32) return "NEXTAUTH_SECRET is too short: use at least 32 random characters (`openssl rand -base64 48`).";
  if (PLACEHOLDERS.test(secret)) return "NEXTAUTH_SECRET is a placeholder: replace it with a random value (`openssl rand -base64 48`).";
  return null;
}
