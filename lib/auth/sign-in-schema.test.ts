import { describe, expect, it } from "vitest";
import { signInSchema } from "./sign-in-schema";

const messages = (input: unknown) => {
  const result = signInSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.message);
};

describe("signInSchema", () => {
  it("accepts an email and a password, trimming the email", () => {
    expect(signInSchema.parse({ email: "  lead@example.gov ", password: "pw" })).toEqual({ email: "lead@example.gov", password: "pw" });
  });

  it.each([
    [{}, ["Enter your email address", "Enter your password"]],
    [{ email: "", password: "" }, ["Enter your email address", "Enter your password"]],
    [{ email: "lead", password: "x" }, ["Enter an email address in the correct format, like name@agency.gov"]],
    [{ email: `${"a".repeat(250)}@x.gov`, password: "x" }, ["Email addresses are 254 characters or fewer"]],
    [{ email: "lead@example.gov", password: "p".repeat(257) }, ["Passwords are 256 characters or fewer"]],
    [{ email: ["a@b.gov"], password: 1 }, ["Enter your email address", "Enter your password"]],
  ])("%j is refused with a specific message", (input, expected) => {
    expect(messages(input)).toEqual(expected);
  });
});
