import { readFileSync } from "node:fs";
import bcrypt from "bcryptjs";
import { describe, expect, it } from "vitest";
import { BREACHED_PASSWORD, passwordSchema } from "@/lib/validation/password";
import { BREACHED_PASSWORDS_FILE, isBreachedPassword, serverPasswordSchema } from "./breached-passwords";
import { hashPassword, verifyPassword } from "./password";

const messages = (input: unknown) => {
  const result = serverPasswordSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.message);
};

describe("the bundled list", () => {
  const lines = readFileSync(BREACHED_PASSWORDS_FILE, "utf8").split("\n");
  const entries = lines.filter((l) => l !== "" && !l.startsWith("#"));

  it("names its source and license, and holds lowercased NFKC entries of 8 characters or more", () => {
    expect(lines[0]).toMatch(/^# /);
    expect(lines.join("\n")).toContain("@zxcvbn-ts/language-common 4.1.3 (MIT");
    expect(entries.length).toBe(17_950);
    expect(new Set(entries).size).toBe(entries.length);
    expect(entries.filter((e) => e !== e.normalize("NFKC").toLowerCase() || [...e].length < 8)).toEqual([]);
  });

  it("matches whatever the case or the Unicode form", () => {
    expect(isBreachedPassword("passwordpassword")).toBe(true);
    expect(isBreachedPassword("PasswordPassword")).toBe(true);
    expect(isBreachedPassword("ＰＡＳＳＷＯＲＤpassword")).toBe(true); // full-width letters fold (NFKC)
    expect(isBreachedPassword("correct horse battery staple 42")).toBe(false);
  });
});

describe("serverPasswordSchema", () => {
  it("refuses a breached password, case-insensitively, with a message saying what to do", () => {
    expect(messages("1qaz2wsx3edc4rfv")).toEqual([BREACHED_PASSWORD]);
    expect(messages("1QAZ2WSX3EDC4RFV")).toEqual([BREACHED_PASSWORD]);
    expect(messages("QWERTY123456789")).toEqual([BREACHED_PASSWORD]);
    expect(BREACHED_PASSWORD).toBe("This password appears in a list of passwords exposed in data breaches. Choose another.");
  });

  it("gives only the length message for a breached password that is too short anyway", () => {
    expect(isBreachedPassword("baseball")).toBe(true);
    expect(messages("baseball")).toEqual([expect.stringMatching(/^Use at least 15 characters/)]);
  });

  it("keeps the shared rules: the client-side schema agrees on everything but the list", () => {
    for (const p of ["correct horse battery staple 42", "thequickbrownfoxjumps", "a".repeat(14), "x".repeat(73), "café crème brûlée au lait".normalize("NFD")]) {
      const server = serverPasswordSchema.safeParse(p);
      const client = passwordSchema.safeParse(p);
      expect(server.success, p).toBe(client.success);
      expect(server.data, p).toBe(client.data);
    }
    expect(passwordSchema.safeParse("1qaz2wsx3edc4rfv").success).toBe(true);
  });
});

// bcrypt at the app's cost takes a few hundred milliseconds a hash, more on a busy machine.
describe("hashing and sign-in", { timeout: 30_000 }, () => {
  it("a password set in composed characters signs in typed decomposed, and the other way round", async () => {
    const composed = "café crème brûlée au lait";
    const hash = await hashPassword(serverPasswordSchema.parse(composed.normalize("NFD")));
    expect(await verifyPassword(composed, hash)).toBe(true);
    expect(await verifyPassword(composed.normalize("NFD"), hash)).toBe(true);
    expect(await verifyPassword("cafe creme brulee au lait", hash)).toBe(false);
  });

  it("a password hashed as typed, before normalization, still signs in", async () => {
    const typed = "ﬁve ﬁne ﬁsh swimming";
    const legacy = await bcrypt.hash(typed, 4);
    expect(await verifyPassword(typed, legacy)).toBe(true);
    expect(await verifyPassword("five fine fish swimming", legacy)).toBe(false);
  });
});
