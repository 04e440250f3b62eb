import { describe, expect, it } from "vitest";
import { mixedVersionsText, versionChangeText } from "./version-change";

describe("comparisons across model versions", () => {
  it("say nothing when both sides share a version", () => {
    expect(versionChangeText({ label: "FY2025", version: 2 }, { label: "FY2026", version: 2 })).toBeNull();
    expect(mixedVersionsText([1, 1])).toBeNull();
  });

  it("name both versions when they differ", () => {
    expect(versionChangeText({ label: "FY2024", version: 1 }, { label: "FY2026", version: 2 })).toMatch(/^FY2024 was assessed on model version 1 and FY2026 on version 2\. /);
    expect(mixedVersionsText([2, 1, 2, 3])).toMatch(/^These assessments were taken on model versions 1, 2 and 3\. /);
  });
});
