import { describe, expect, it } from "vitest";
import { readUnsubscribeToken, unsubscribeToken } from "./unsubscribe-token";

const secret = "a-secret-of-at-least-thirty-two-characters";
const userId = "6f1c2a34-5b6d-4e7f-8a9b-0c1d2e3f4a5b";

describe("unsubscribe tokens", () => {
  it("name the person and the kind they were signed for", () => {
    expect(readUnsubscribeToken(secret, unsubscribeToken(secret, userId, "WORK_ASSIGNED"))).toEqual({ userId, topic: "WORK_ASSIGNED" });
    expect(readUnsubscribeToken(secret, unsubscribeToken(secret, userId, "DIGEST"))).toEqual({ userId, topic: "DIGEST" });
  });

  it("refuse a token changed to another kind or person, or signed with another secret", () => {
    const token = unsubscribeToken(secret, userId, "SUBMITTED");
    const [, , sig] = token.split(".");
    expect(readUnsubscribeToken(secret, `${userId}.RETURNED.${sig}`)).toBeNull();
    expect(readUnsubscribeToken(secret, `6f1c2a34-5b6d-4e7f-8a9b-0c1d2e3f4a5c.SUBMITTED.${sig}`)).toBeNull();
    expect(readUnsubscribeToken("another-secret-of-thirty-two-characters!", token)).toBeNull();
  });

  it("refuse what is not a token", () => {
    for (const bad of ["", "x", `${userId}.SUBMITTED`, `${userId}.NOPE.abc`, `not-a-uuid.SUBMITTED.abc`, `${unsubscribeToken(secret, userId, "SUBMITTED")}.extra`]) {
      expect(readUnsubscribeToken(secret, bad)).toBeNull();
    }
  });
});
