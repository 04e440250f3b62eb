import { describe, expect, it } from "vitest";
import { bearerSecret, hashToken, newTokenSecret, tokenPrefix, TOKEN_PREFIX } from "./tokens";

describe("API token secrets", () => {
  it("are long, random, recognisable and shown only by their start", () => {
    const a = newTokenSecret();
    const b = newTokenSecret();
    expect(a).not.toBe(b);
    expect(a.startsWith(TOKEN_PREFIX)).toBe(true);
    expect(a.length).toBeGreaterThanOrEqual(TOKEN_PREFIX.length + 43);
    expect(tokenPrefix(a)).toBe(`${a.slice(0, 10)}…`);
  });

  it("are stored as their SHA-256", () => {
    // SHA-256("abc"), the FIPS 180-2 test vector.
    expect(hashToken("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(hashToken("cxm_example")).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken("cxm_example")).not.toBe(hashToken("cxm_examplf"));
  });

  it("are read from a Bearer header only", () => {
    expect(bearerSecret("Bearer cxm_abc")).toBe("cxm_abc");
    expect(bearerSecret("bearer   cxm_abc ")).toBe("cxm_abc");
    expect(bearerSecret("Basic cxm_abc")).toBeNull();
    expect(bearerSecret("Bearer other_abc")).toBeNull();
    expect(bearerSecret(null)).toBeNull();
    expect(bearerSecret(`Bearer cxm_${"a".repeat(200)}`)).toBeNull();
  });
});
