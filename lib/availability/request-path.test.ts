import { describe, expect, it } from "vitest";
import { isLocalPath, requestPath } from "./request-path";

describe("requestPath", () => {
  it("keeps the path and query, without Next.js's _rsc parameter", () => {
    expect(requestPath(new URL("http://localhost/lead"))).toBe("/lead");
    expect(requestPath(new URL("http://localhost/portfolio?cycle=FY2026&_rsc=abc12"))).toBe("/portfolio?cycle=FY2026");
    expect(requestPath(new URL("http://localhost/lead?_rsc=abc12"))).toBe("/lead");
  });
});

describe("isLocalPath", () => {
  it("accepts only same-site paths", () => {
    expect(isLocalPath("/lead?x=1")).toBe(true);
    for (const path of [null, undefined, "", "lead", "//evil.example", "/\\evil.example", "https://evil.example/"]) expect(isLocalPath(path)).toBe(false);
  });
});
