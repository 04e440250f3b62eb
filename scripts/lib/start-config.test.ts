import { describe, expect, it } from "vitest";
import { checkSecret, startMode } from "./start-config";

describe("startMode", () => {
  it.each([
    [{}, { demo: true, production: false }],
    [{ DATABASE_URL: "postgresql://db/x" }, { demo: true, production: false }],
    [{ NODE_ENV: "production" }, { demo: true, production: false }],
    [{ NODE_ENV: "production", DATABASE_URL: "postgresql://db/x" }, { demo: false, production: true }],
    [{ NODE_ENV: "production", DATABASE_URL: "postgresql://db/x", CX_DEMO_DATA: "1" }, { demo: true, production: true }],
    [{ CX_DEMO_DATA: "false" }, { demo: false, production: false }],
  ])("%j → %j", (env, expected) => {
    expect(startMode(env as NodeJS.ProcessEnv)).toEqual(expected);
  });
});

describe("checkSecret", () => {
  it("refuses a missing, short or placeholder secret and accepts a random one", () => {
    expect(checkSecret(undefined)).toMatch(/not set/);
    expect(checkSecret("short")).toMatch(/too short/);
    expect(checkSecret("x".repeat(40))).toMatch(/placeholder/);
    expect(checkSecret("q3J8v1Zr0kVtY6mP2sWc9eHn4uLb7aGd5fXo")).toBeNull();
  });
});
