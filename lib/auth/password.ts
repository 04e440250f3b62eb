import bcrypt from "bcryptjs";
import { normalizePassword } from "../validation/password";

const COST = 12;

/** Hashes the password's NFKC form, the form sign-in compares (lib/validation/password.ts). */
export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(normalizePassword(password), COST);
}

// Compared against when the e-mail is unknown, so an unknown user and a wrong password take as long.
const UNKNOWN_USER_HASH = bcrypt.hashSync("unknown-user-placeholder", COST);

export async function verifyPassword(password: string, hash: string | null | undefined): Promise<boolean> {
  const stored = hash ?? UNKNOWN_USER_HASH;
  const normalized = normalizePassword(password);
  const matches = await bcrypt.compare(normalized, stored);
  // A password set before passwords were normalized was hashed as typed. Compared that way too, for a
  // known e-mail or not, so the time taken still says nothing about which accounts exist.
  const matchesAsTyped = normalized !== password && (await bcrypt.compare(password, stored));
  return matches || matchesAsTyped;
}
