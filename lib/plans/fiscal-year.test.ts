import { describe, expect, it } from "vitest";
import { fiscalYearLabel, fiscalYearOf } from "./fiscal-year";

describe("fiscalYearOf", () => {
  it("starts the fiscal year on 1 October", () => {
    expect(fiscalYearOf("2026-09-30")).toBe(2026);
    expect(fiscalYearOf("2026-10-01")).toBe(2027);
    expect(fiscalYearOf("2027-01-15")).toBe(2027);
    expect(fiscalYearLabel(2027)).toBe("FY2027");
  });
});
