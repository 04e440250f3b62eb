import { describe, expect, it } from "vitest";
import { sessionStanding, type SessionFacts } from "./session-rules";

const limits = { idleSeconds: 30 * 60, maxAgeSeconds: 8 * 60 * 60 };
const start = new Date("2026-11-25T08:00:00Z");
const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
const fresh: SessionFacts = { createdAt: start, lastSeenAt: start, endedAt: null, sessionVersion: 2, user: { disabledAt: null, sessionVersion: 2 } };

describe("session standing", () => {
  it("stands while used within the idle limit, up to the absolute limit", () => {
    expect(sessionStanding(fresh, at(29), limits)).toBe("active");
    expect(sessionStanding({ ...fresh, lastSeenAt: at(470) }, at(479), limits)).toBe("active");
  });

  it("ends after the idle limit without a request", () => {
    expect(sessionStanding(fresh, at(30), limits)).toBe("idle");
  });

  it("ends at the absolute limit however active", () => {
    expect(sessionStanding({ ...fresh, lastSeenAt: at(479) }, at(480), limits)).toBe("expired");
  });

  it("ends on sign-out, disabling, and a bump of the user's session version", () => {
    expect(sessionStanding({ ...fresh, endedAt: at(1) }, at(2), limits)).toBe("signed-out");
    expect(sessionStanding({ ...fresh, user: { disabledAt: at(1), sessionVersion: 2 } }, at(2), limits)).toBe("disabled");
    expect(sessionStanding({ ...fresh, user: { disabledAt: null, sessionVersion: 3 } }, at(2), limits)).toBe("revoked");
  });
});
