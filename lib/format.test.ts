import { describe, expect, it } from "vitest";
import { signedChange } from "./format";

describe("signedChange", () => {
  it("writes the sign out, and no sign for no change", () => {
    expect([1.2, -0.4, 0].map(signedChange)).toEqual(["+1.2", "−0.4", "0"]);
  });
});
