// Server side only: reads the list from disk with node:fs, so no browser bundle can include it. Not
// marked "server-only" because `npm run admin:create` (tsx, outside Next) uses it too.
import { readFileSync } from "node:fs";
import path from "node:path";
import { BREACHED_PASSWORD, normalizePassword, passwordLengthProblem, passwordSchema } from "../validation/password";

/** Source, license and how it was cut: the comment at the top of the file. */
export const BREACHED_PASSWORDS_FILE = path.join(process.cwd(), "lib", "auth", "breached-passwords.txt");

let breached: Set<string> | undefined;

/** Read on first use, then kept: about 18,000 entries, under 2 MB of memory, read in some 30 ms. */
function breachedPasswords(): Set<string> {
  breached ??= new Set(
    readFileSync(BREACHED_PASSWORDS_FILE, "utf8")
      .split(/\r?\n/)
      .filter((line) => line !== "" && !line.startsWith("#")),
  );
  return breached;
}

/** Whether the password is on the list, whatever its case (the list is lowercased and NFKC). */
export function isBreachedPassword(password: string): boolean {
  return breachedPasswords().has(normalizePassword(password).toLowerCase());
}

/** The shared password rules plus the breached list: for every place that sets a password. */
export const serverPasswordSchema = passwordSchema.superRefine((password, ctx) => {
  if (passwordLengthProblem(password) === null && isBreachedPassword(password)) ctx.addIssue({ code: "custom", message: BREACHED_PASSWORD });
});
