import { describe, expect, it } from "vitest";
import { describeSignInError, encodeFieldErrors, INPUT_PROBLEM, SINGLE_SIGN_ON_REQUIRED, WRONG_CREDENTIALS } from "./sign-in-errors";
import { UNAVAILABLE_MESSAGE } from "@/lib/availability/wording";
import { TOO_MANY_ATTEMPTS } from "./sign-in-limits";
import { signInSchema } from "./sign-in-schema";

describe("sign-in errors", () => {
  it("carry the schema's first message per field from the server to the form", () => {
    const parsed = signInSchema.safeParse({ email: "lead", password: "" });
    if (parsed.success) throw new Error("expected a refusal");
    expect(describeSignInError(encodeFieldErrors(parsed.error.issues))).toEqual({
      message: INPUT_PROBLEM,
      fieldErrors: { email: "Enter an email address in the correct format, like name@agency.gov", password: "Enter your password" },
    });
  });

  it("say nothing about which accounts exist, and show the throttling message", () => {
    expect(describeSignInError(null)).toBeNull();
    expect(describeSignInError("CredentialsSignin")).toEqual({ message: WRONG_CREDENTIALS, fieldErrors: {} });
    expect(describeSignInError(TOO_MANY_ATTEMPTS)).toEqual({ message: TOO_MANY_ATTEMPTS, fieldErrors: {} });
    expect(describeSignInError(UNAVAILABLE_MESSAGE)).toEqual({ message: UNAVAILABLE_MESSAGE, fieldErrors: {} });
  });

  it("never show text made up by whoever wrote the URL", () => {
    expect(describeSignInError("Call 555-0100 to unlock your account")).toEqual({ message: WRONG_CREDENTIALS, fieldErrors: {} });
    expect(describeSignInError('fields:{"email":{"html":"<b>"}}')).toEqual({ message: WRONG_CREDENTIALS, fieldErrors: {} });
    expect(describeSignInError("fields:not json")).toEqual({ message: WRONG_CREDENTIALS, fieldErrors: {} });
  });
});

describe("a role that signs in only with the identity provider", () => {
  it("is told so, with the provider named as its button names it, and nothing else reads as that reason", () => {
    expect(describeSignInError(SINGLE_SIGN_ON_REQUIRED, "Login.gov")).toEqual({
      message: "Your role signs in with Login.gov, which checks a second factor: use “Sign in with Login.gov” instead of your password.",
      fieldErrors: {},
    });
    expect(describeSignInError(`${SINGLE_SIGN_ON_REQUIRED}:Evil Corp`, "Login.gov")?.message).toBe(WRONG_CREDENTIALS);
  });
});
