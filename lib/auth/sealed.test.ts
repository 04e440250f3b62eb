import { describe, expect, it } from "vitest";
import { seal, unseal } from "./sealed";

const secret = "s".repeat(48);
const now = new Date("2026-11-25T08:00:00Z");
const later = (seconds: number) => new Date(now.getTime() + seconds * 1000);

describe("sealed values", () => {
  it("come back as sealed, until they expire", () => {
    const token = seal("ada@agency.gov", { secret, purpose: "p", ttlSeconds: 600, now });
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(token).not.toContain("ada");
    expect(unseal(token, { secret, purpose: "p", now: later(599) })).toBe("ada@agency.gov");
    expect(unseal(token, { secret, purpose: "p", now: later(601) })).toBeNull();
  });

  it("are refused when altered, sealed with another secret or for another purpose, or not sealed at all", () => {
    const token = seal("ada@agency.gov", { secret, purpose: "p", ttlSeconds: 600, now });
    const flipped = Buffer.from(token, "base64url");
    flipped[20] = (flipped[20] ?? 0) ^ 1;
    expect(unseal(flipped.toString("base64url"), { secret, purpose: "p", now })).toBeNull();
    expect(unseal(token, { secret: "t".repeat(48), purpose: "p", now })).toBeNull();
    expect(unseal(token, { secret, purpose: "q", now })).toBeNull();
    for (const junk of [undefined, "", "ada@agency.gov", "<script>", "AAAA", "A".repeat(5000)]) expect(unseal(junk, { secret, purpose: "p", now })).toBeNull();
  });
});
