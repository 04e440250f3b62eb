import "server-only";
import { parseEnv, type Env } from "./env-schema";

export { parseEnv, type Env, type OidcConfig } from "./env-schema";

let cached: Env | undefined;

/** The configuration, read once and validated: the server refuses to run on a wrong one. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
