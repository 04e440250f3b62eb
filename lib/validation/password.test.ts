import { describe, expect, it } from "vitest";
import { z } from "zod";
import { createUserSchema, resetPasswordSchema } from "./admin";
import {
  EMAIL_IN_PASSWORD,
  normalizePassword,
  PASSWORD_MAX_BYTES,
  PASSWORD_MIN_CHARACTERS,
  PASSWORD_TOO_LONG,
  passwordContextProblem,
  passwordLength,
  passwordSchema,
  refusePasswordContext,
  SERVICE_NAME_IN_PASSWORD,
} from "./password";

const messages = (input: unknown) => {
  const result = passwordSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.message);
};

describe("passwordSchema: length", () => {
  it("refuses 14 characters, saying how many it has and what to do, and accepts 15", () => {
    expect(PASSWORD_MIN_CHARACTERS).toBe(15);
    expect(messages("a".repeat(14))).toEqual([
      "Use at least 15 characters (this one has 14). A few unrelated words with spaces between them are long enough and easy to remember.",
    ]);
    expect(passwordSchema.parse("a".repeat(15))).toBe("a".repeat(15));
  });

  it("counts code points, as NIST does: 15 emoji are 15 characters, not 30 UTF-16 units", () => {
    expect(messages("🔒".repeat(14))[0]).toMatch(/^Use at least 15 characters \(this one has 14\)/);
    expect(passwordSchema.safeParse("🔒".repeat(15)).success).toBe(true);
  });

  it("accepts up to 72 UTF-8 bytes (bcrypt's limit) and refuses one byte more, with a message saying why", () => {
    expect(PASSWORD_MAX_BYTES).toBe(72);
    expect(passwordSchema.safeParse("x".repeat(64)).success).toBe(true); // NIST: allow at least 64
    expect(passwordSchema.safeParse("x".repeat(72)).success).toBe(true);
    expect(messages("x".repeat(73))).toEqual([PASSWORD_TOO_LONG]);
    // 36 two-byte letters are 72 bytes, and only 36 characters; one more character tips them over.
    expect(passwordSchema.safeParse("é".repeat(36)).success).toBe(true);
    expect(messages(`${"é".repeat(36)}x`)).toEqual([PASSWORD_TOO_LONG]);
    expect(messages("x".repeat(5_000))).toEqual([PASSWORD_TOO_LONG]);
  });

  it("asks for a password when there is none", () => {
    expect(messages("")).toEqual(["Enter a password"]);
    expect(messages(undefined)).toEqual(["Enter a password"]);
    expect(messages(42)).toEqual(["Enter a password"]);
  });
});

describe("passwordSchema: no composition rules, every character", () => {
  it("accepts all lowercase letters: no digit, capital or symbol is required", () => {
    expect(passwordSchema.safeParse("thequickbrownfoxjumps").success).toBe(true);
  });

  it("accepts a long passphrase with spaces, unchanged", () => {
    const phrase = "correct horse battery staple 42";
    expect(passwordSchema.parse(phrase)).toBe(phrase);
    expect(passwordSchema.parse("  leading and trailing spaces count  ")).toBe("  leading and trailing spaces count  ");
  });

  it("accepts printable symbols and non-Latin letters", () => {
    expect(passwordSchema.safeParse(`!"#$%&'()*+,-./:;<=>?@[\\]^_\`{|}~`).success).toBe(true);
    expect(passwordSchema.safeParse("Ελληνικά γράμματα εδώ").success).toBe(true);
  });
});

describe("NFKC normalization", () => {
  it("makes a composed and a decomposed password the same password, before counting and hashing", () => {
    const composed = "café crème brûlée au lait"; // é, è, û as single code points
    const decomposed = composed.normalize("NFD"); // e + U+0301 and so on
    expect(decomposed).not.toBe(composed);
    expect(passwordSchema.parse(decomposed)).toBe(passwordSchema.parse(composed));
    expect(normalizePassword(decomposed)).toBe(composed);
  });

  it("folds compatibility forms: a ligature and full-width letters", () => {
    expect(normalizePassword("ﬁne ｆｕｌｌｗｉｄｔｈ")).toBe("fine fullwidth");
  });

  it("counts characters after normalizing: 14 letters with combining accents are still 14", () => {
    const fourteen = "é".repeat(14).normalize("NFD"); // 28 code points before NFKC
    expect(passwordLength(fourteen)).toBe(28);
    expect(messages(fourteen)[0]).toMatch(/this one has 14/);
  });
});

describe("context words", () => {
  it("refuses the service's name, in any case or spacing", () => {
    for (const p of ["my cx maturity passphrase", "CX-Maturity-2026-password", "thecxmaturityassessment"]) {
      expect(passwordContextProblem(p, "ada@agency.gov"), p).toBe(SERVICE_NAME_IN_PASSWORD);
    }
  });

  it("refuses the account's e-mail and its local part, in any case or punctuation", () => {
    expect(passwordContextProblem("ada.lovelace@agency.gov is me", "ada.lovelace@agency.gov")).toBe(EMAIL_IN_PASSWORD);
    expect(passwordContextProblem("Ada Lovelace forever and ever", "ada.lovelace@agency.gov")).toBe(EMAIL_IN_PASSWORD);
    expect(passwordContextProblem("ADALOVELACE counts engines", "ada.lovelace@agency.gov")).toBe(EMAIL_IN_PASSWORD);
  });

  it("lets other passwords through, and ignores a local part too short to mean anything", () => {
    expect(passwordContextProblem("correct horse battery staple 42", "ada.lovelace@agency.gov")).toBeNull();
    expect(passwordContextProblem("maturity of the cx team grows", "ada@agency.gov")).toBeNull();
    expect(passwordContextProblem("jo and the flying horses", "jo@agency.gov")).toBeNull();
    expect(passwordContextProblem("correct horse battery staple 42", null)).toBeNull();
  });

  it("is applied by refusePasswordContext on the password field, only once the length is right", () => {
    const schema = z.object({ email: z.string(), password: passwordSchema }).superRefine(refusePasswordContext);
    const issues = (password: string) => {
      const result = schema.safeParse({ email: "ada.lovelace@agency.gov", password });
      return result.success ? [] : result.error.issues.map((i) => [i.path.join("."), i.message]);
    };
    expect(issues("ada lovelace is here to stay")).toEqual([["password", EMAIL_IN_PASSWORD]]);
    expect(issues("adalovelace")).toEqual([["password", expect.stringMatching(/^Use at least 15 characters/)]]);
    expect(issues("correct horse battery staple 42")).toEqual([]);
  });
});

describe("the account forms' schemas", () => {
  const user = { email: "New.Lead@Agency.gov", name: "New Lead", role: "COUNCIL" };

  it("create a user: the password rules and the context words, with the e-mail of the form", () => {
    expect(createUserSchema.safeParse({ ...user, password: "correct horse battery staple 42" }).success).toBe(true);
    const short = createUserSchema.safeParse({ ...user, password: "short" });
    expect(short.error?.issues.map((i) => i.path[0])).toEqual(["password"]);
    const own = createUserSchema.safeParse({ ...user, password: "new lead of the new programs" });
    expect(own.error?.issues.map((i) => i.message)).toEqual([EMAIL_IN_PASSWORD]);
  });

  it("reset a password: the password rules, normalized", () => {
    const userId = "00000000-0000-4000-8000-000000000000";
    expect(resetPasswordSchema.parse({ userId, password: "ﬁve ﬁne ﬁsh swimming" })).toEqual({ userId, password: "five fine fish swimming" });
    expect(resetPasswordSchema.safeParse({ userId, password: "a".repeat(14) }).success).toBe(false);
  });
});
