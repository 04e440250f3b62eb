import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

const base = { DATABASE_URL: "postgresql://cx:secret@db:5432/cx", NEXTAUTH_SECRET: "x".repeat(48) };

describe("the server actions key", () => {
  it("needs no server actions key (one instance), and takes an AES key in base64 as Next.js does", () => {
    expect(parseEnv(base).NEXT_SERVER_ACTIONS_ENCRYPTION_KEY).toBeUndefined();
    for (const bytes of [16, 24, 32]) {
      const key = randomBytes(bytes).toString("base64");
      expect(parseEnv({ ...base, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: key }).NEXT_SERVER_ACTIONS_ENCRYPTION_KEY).toBe(key);
    }
  });

  it("refuses a server actions key of another length or not in base64", () => {
    for (const key of [randomBytes(20).toString("base64"), randomBytes(48).toString("base64"), randomBytes(32).toString("base64url").replace(/=/g, "") + "-_", "a passphrase, not a key, at least 32 characters"]) {
      expect(() => parseEnv({ ...base, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: key })).toThrow(/NEXT_SERVER_ACTIONS_ENCRYPTION_KEY must be an AES key in base64/);
    }
  });

  it("names every problem at once", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://db/cx", NEXTAUTH_SECRET: "short" })).toThrow(/DATABASE_URL: .*; NEXTAUTH_SECRET: /);
  });
});
