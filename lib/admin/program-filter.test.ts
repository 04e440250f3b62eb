import { describe, expect, it } from "vitest";
import { filterPrograms } from "./program-filter";

const agencies = [
  { id: "va", name: "Department of Veterans Affairs (VA)", programs: [{ name: "Veterans Benefits Claims" }, { name: "VA Health Care Enrollment" }] },
  { id: "ssa", name: "Social Security Administration", programs: [{ name: "Retirement Benefits" }, { name: "Supplemental Security Income" }] },
];

describe("the programs picker's filter", () => {
  it("keeps everything for an empty or blank query", () => {
    expect(filterPrograms(agencies, "")).toEqual(agencies);
    expect(filterPrograms(agencies, "   ")).toEqual(agencies);
  });

  it("matches every word in the program's or its agency's name, in any case", () => {
    expect(filterPrograms(agencies, "BENEFITS").map((a) => [a.id, a.programs.map((p) => p.name)])).toEqual([
      ["va", ["Veterans Benefits Claims"]],
      ["ssa", ["Retirement Benefits"]],
    ]);
    expect(filterPrograms(agencies, "social benefits").map((a) => a.programs.map((p) => p.name))).toEqual([["Retirement Benefits"]]);
    expect(filterPrograms(agencies, "veterans").flatMap((a) => a.programs.map((p) => p.name))).toEqual(["Veterans Benefits Claims", "VA Health Care Enrollment"]);
  });

  it("ignores accents and drops agencies with no match", () => {
    expect(filterPrograms([{ name: "Agence", programs: [{ name: "Sécurité" }] }], "securite")).toHaveLength(1);
    expect(filterPrograms(agencies, "passport")).toEqual([]);
  });
});
