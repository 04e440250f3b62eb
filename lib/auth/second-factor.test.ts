import { generateSync } from "otplib";
import { describe, expect, it } from "vitest";
import { challengeTokenHash, checkTotp, needsSecondFactor, newChallengeToken, newRecoveryCodes, newTotpSecret, normalizeRecoveryCode, recoveryCodeHash, RECOVERY_CODE_COUNT } from "./second-factor";
import { describeSecondStepError, describeSignInError, EXPIRED, SECOND_FACTOR_PREFIX, USED_CODE } from "./sign-in-errors";

const secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
const at = new Date("2026-11-30T12:00:10Z");
const step = Math.floor(at.getTime() / 30_000);
const codeFor = (s: number) => generateSync({ secret, epoch: s * 30 });

describe("authenticator-app codes", () => {
  it("take the code of this step and of one step either side, and tell which step matched", () => {
    expect(checkTotp(secret, codeFor(step), null, at)).toEqual({ step });
    expect(checkTotp(secret, codeFor(step - 1), null, at)).toEqual({ step: step - 1 });
    expect(checkTotp(secret, codeFor(step + 1), null, at)).toEqual({ step: step + 1 });
    expect(checkTotp(secret, codeFor(step - 2), null, at)).toBe("wrong");
    expect(checkTotp(secret, codeFor(step + 2), null, at)).toBe("wrong");
  });

  it("refuse a code at or before the last step taken as used, and anything not six digits as wrong", () => {
    expect(checkTotp(secret, codeFor(step), step, at)).toBe("used");
    expect(checkTotp(secret, codeFor(step - 1), step, at)).toBe("used");
    expect(checkTotp(secret, codeFor(step + 1), step, at)).toEqual({ step: step + 1 });
    expect(checkTotp(secret, `${codeFor(step).slice(0, 3)} ${codeFor(step).slice(3)}`, null, at)).toEqual({ step });
    for (const typed of ["", "12345", "1234567", "abcdef"]) expect(checkTotp(secret, typed, null, at)).toBe("wrong");
  });

  it("make a new 160-bit key each time", () => {
    const keys = new Set(Array.from({ length: 20 }, newTotpSecret));
    expect(keys.size).toBe(20);
    for (const key of keys) expect(key).toMatch(/^[A-Z2-7]{32}$/);
  });
});

describe("recovery codes", () => {
  it("are ten different codes in groups of four, without look-alike characters", () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(codes).size).toBe(RECOVERY_CODE_COUNT);
    for (const code of codes) expect(code).toMatch(/^[a-hjkmnp-z2-9]{4}(-[a-hjkmnp-z2-9]{4}){3}$/);
  });

  it("hash the same however they are typed, and differently from each other", () => {
    expect(normalizeRecoveryCode(" ABCD efgh-JKMN  pqrs ")).toBe("abcdefghjkmnpqrs");
    expect(recoveryCodeHash("ABCD EFGH JKMN PQRS")).toBe(recoveryCodeHash("abcd-efgh-jkmn-pqrs"));
    expect(recoveryCodeHash("abcd-efgh-jkmn-pqrt")).not.toBe(recoveryCodeHash("abcd-efgh-jkmn-pqrs"));
    expect(recoveryCodeHash("abcd-efgh-jkmn-pqrs")).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("pending sign-ins", () => {
  it("are a 256-bit token for the browser and its hash for the database", () => {
    const { token, hash } = newChallengeToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(hash).toBe(challengeTokenHash(token));
    expect(hash).not.toContain(token);
  });

  it("are what the password form hears for a role that needs a second factor; the second step shows only its own messages", () => {
    expect(needsSecondFactor("COUNCIL", ["ADMIN", "COUNCIL"])).toBe(true);
    expect(needsSecondFactor("LEAD", ["ADMIN", "COUNCIL"])).toBe(false);
    expect(describeSignInError(`${SECOND_FACTOR_PREFIX}abc`)).toEqual({ message: "", fieldErrors: {}, secondFactor: "abc" });
    expect(describeSecondStepError(null)).toBeNull();
    expect(describeSecondStepError(USED_CODE)).toBe(USED_CODE);
    expect(describeSecondStepError("<script>alert(1)</script>")).toBe(EXPIRED);
    expect(describeSecondStepError("CredentialsSignin")).toBe(EXPIRED);
  });
});
