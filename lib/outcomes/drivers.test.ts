import { describe, expect, it } from "vitest";
import { countsOf, quarterStart } from "./drivers";

describe("fiscal quarters and question counts", () => {
  it("starts FY2027's quarters in October, January, April and July", () => {
    expect([1, 2, 3, 4].map((q) => quarterStart(2027, q))).toEqual(["2026-10-01", "2027-01-01", "2027-04-01", "2027-07-01"]);
  });

  it("finds a question's five counts among the 35", () => {
    const all = Array.from({ length: 35 }, (_, i) => i);
    expect(countsOf(all, 1)).toEqual([0, 1, 2, 3, 4]);
    expect(countsOf(all, 7)).toEqual([30, 31, 32, 33, 34]);
  });
});
